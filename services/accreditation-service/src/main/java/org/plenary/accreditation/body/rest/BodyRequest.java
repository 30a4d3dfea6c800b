package org.plenary.accreditation.body.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.plenary.accreditation.body.Body.EcosocFastTrack;
import org.plenary.accreditation.body.Body.ObjectionDisclosure;
import org.plenary.accreditation.body.Body.RevokedSubmissions;

/**
 * A body as the secretariat defines it. On update the id must match the path, or be left out.
 *
 * @param id                  a short slug, e.g. {@code ahc-cybercrime}
 * @param name                the body's full name
 * @param nonObjectionDays    length of the non-objection period (default 30)
 * @param ecosocFastTrack     AUTOMATIC or ON_CONFIRMATION (default)
 * @param objectionDisclosure REASON_ONLY (default), STATE_AND_REASON or NONE
 * @param accreditationOpen   whether new applications are taken (default true)
 * @param revokedSubmissions  KEEP_MARKED (default: a revoked organisation's published submissions stay public,
 *                            marked) or WITHDRAW (they are no longer public)
 */
public record BodyRequest(
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "must be a lower-case slug such as ahc-cybercrime")
        String id,

        @NotBlank @Size(max = 300) String name,

        @Min(value = 1, message = "must be at least 1 day") @Max(value = 365, message = "must be at most 365 days")
        Integer nonObjectionDays,

        EcosocFastTrack ecosocFastTrack,
        ObjectionDisclosure objectionDisclosure,
        Boolean accreditationOpen,
        RevokedSubmissions revokedSubmissions) {}
