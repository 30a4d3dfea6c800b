package org.plenary.registration.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of the registration requests. */
public final class RegistrationRequests {

    private RegistrationRequests() {}

    /** A named delegate. */
    public record Delegate(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 300) String function,
            boolean headOfDelegation) {}

    /**
     * Registers a delegate; with {@code joinWaitingList}, a full quota or session puts them on the waiting list.
     * The secretariat, registering on an organisation's behalf, names it in {@code organisationId}. The delegate
     * attends the {@code meetingParts} named (every part stakeholders may attend, when none is).
     */
    public record Register(
            @NotNull @Valid Delegate delegate,
            boolean joinWaitingList,
            @Size(max = 200) String organisationId,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> meetingParts) {}

    /** Puts another delegate in a registration's place. */
    public record Substitute(@NotNull @Valid Delegate delegate) {}

    /** A change that may say why. */
    public record Note(@Size(max = 2000) String reason) {

        public static String of(Note note) {
            return note == null || note.reason() == null || note.reason().isBlank() ? null : note.reason();
        }
    }

    /** A change that must say why. */
    public record Reason(
            @NotBlank(message = "is required: say why") @Size(max = 2000)
            String reason) {}
}
