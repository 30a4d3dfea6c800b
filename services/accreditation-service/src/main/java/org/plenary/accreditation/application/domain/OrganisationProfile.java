package org.plenary.accreditation.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An applicant organisation as it describes itself. */
@Embeddable
public class OrganisationProfile {

    public enum Type {
        NGO,
        ACADEMIA,
        PRIVATE_SECTOR,
        OTHER
    }

    /** Consultative status with ECOSOC. */
    public enum EcosocStatus {
        GENERAL,
        SPECIAL,
        ROSTER
    }

    @Column(name = "org_name", nullable = false)
    public String name;

    @Column(name = "org_acronym")
    public String acronym;

    @Column(name = "org_country", nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false)
    public Type type;

    @Column(name = "org_website")
    public String website;

    @Column(name = "org_contact_email", nullable = false)
    public String contactEmail;

    @Column(name = "org_description")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_ecosoc_status")
    public EcosocStatus ecosocStatus;

    /** The language the organisation is written to in: en, fr or es (default en). */
    @Column(name = "org_language", nullable = false)
    public String language = "en";
}
