package org.plenary.accreditation.application.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.plenary.accreditation.application.domain.OrganisationProfile;
import org.plenary.accreditation.application.domain.OrganisationProfile.EcosocStatus;
import org.plenary.accreditation.application.domain.OrganisationProfile.Type;

/** The organisation's profile as it applies. */
public record ProfileRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 30) String acronym,

        @NotNull @IsoCountry String country,

        @NotNull(message = "must be one of NGO, ACADEMIA, PRIVATE_SECTOR, OTHER")
        Type type,

        @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https address") @Size(max = 500)
        String website,

        @NotBlank @Email @Size(max = 320) String contactEmail,
        @Size(max = 5000) String description,
        EcosocStatus ecosocStatus,

        @Pattern(regexp = "^(en|fr|es)$", message = "must be one of en, fr, es")
        String language) {

    public OrganisationProfile toProfile() {
        OrganisationProfile profile = new OrganisationProfile();
        profile.name = name.strip();
        profile.acronym = blankToNull(acronym);
        profile.country = country;
        profile.type = type;
        profile.website = blankToNull(website);
        profile.contactEmail = contactEmail.strip();
        profile.description = blankToNull(description);
        profile.ecosocStatus = ecosocStatus;
        profile.language = language == null || language.isBlank() ? "en" : language;
        return profile;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
