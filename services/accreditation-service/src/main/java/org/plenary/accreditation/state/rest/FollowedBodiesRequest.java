package org.plenary.accreditation.state.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies a state follows from now on, in place of those it followed (an empty list follows none). */
public record FollowedBodiesRequest(
        @NotNull @Size(max = FollowedBodiesRequest.MAX_BODIES)
        List<@NotBlank @Size(max = 100) String> bodyIds) {

    public static final int MAX_BODIES = 100;
}
