package org.plenary.sideevent.proposal.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.plenary.sideevent.proposal.domain.Format;

/**
 * A side-event proposal as the organisation writes it (to propose, or to edit while it is pending).
 *
 * @param expectedAttendance how many people are expected in the room
 * @param coOrganisers       other organisations (each with a confirmed registration for the session) and member
 *                           states
 * @param preferredSlotIds   slots of the session, in order of preference
 */
public record ProposalRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,

        @NotNull(message = "must be one of IN_PERSON, HYBRID, ONLINE")
        Format format,

        @NotNull
        @Min(value = 1, message = "must be between 1 and 100000")
        @Max(value = 100000, message = "must be between 1 and 100000")
        Integer expectedAttendance,

        @Valid CoOrganisers coOrganisers,
        @Size(max = 5) List<@NotNull UUID> preferredSlotIds) {

    /** Co-organisers: organisations by id, member states by ISO 3166-1 alpha-2 code. */
    public record CoOrganisers(
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> organisations,

            @Size(max = 60)
            List<
                            @NotNull
                            @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as AT")
                            String>
                    memberStates) {}

    public List<String> coOrganisations() {
        return coOrganisers == null || coOrganisers.organisations() == null
                ? List.of()
                : coOrganisers.organisations().stream()
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    public List<String> coMemberStates() {
        return coOrganisers == null || coOrganisers.memberStates() == null
                ? List.of()
                : coOrganisers.memberStates().stream().distinct().toList();
    }

    public List<UUID> preferredSlots() {
        return preferredSlotIds == null
                ? List.of()
                : preferredSlotIds.stream().distinct().toList();
    }
}
