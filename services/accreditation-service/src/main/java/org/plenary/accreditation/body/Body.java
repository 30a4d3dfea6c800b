package org.plenary.accreditation.body;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An intergovernmental body organisations are accredited to, with its accreditation policy. */
@Entity
public class Body extends PanacheEntityBase {

    /** How an applicant in consultative status with ECOSOC is accredited. */
    public enum EcosocFastTrack {
        /** Accredited as soon as it applies. */
        AUTOMATIC,
        /** Accredited once the secretariat confirms the status. */
        ON_CONFIRMATION
    }

    /** What an organisation learns of an objection to its application. */
    public enum ObjectionDisclosure {
        /** That an objection was made and why; the objecting state stays with the secretariat. */
        REASON_ONLY,
        /** The objecting state and its reason. */
        STATE_AND_REASON,
        /** Only that an objection was made. */
        NONE
    }

    /** Whether a revoked organisation's published written submissions stay public. */
    public enum RevokedSubmissions {
        /** They stay public, marked as from an organisation no longer accredited. */
        KEEP_MARKED,
        /** They are no longer public; the secretariat still sees them. */
        WITHDRAW
    }

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "accreditation_open", nullable = false)
    public boolean accreditationOpen;

    @Column(name = "non_objection_days", nullable = false)
    public int nonObjectionDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "ecosoc_fast_track", nullable = false)
    public EcosocFastTrack ecosocFastTrack;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_disclosure", nullable = false)
    public ObjectionDisclosure objectionDisclosure;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_submissions", nullable = false)
    public RevokedSubmissions revokedSubmissions;

    @Version
    public long version;
}
