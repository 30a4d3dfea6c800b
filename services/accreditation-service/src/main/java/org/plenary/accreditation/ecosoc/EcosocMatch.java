package org.plenary.accreditation.ecosoc;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.plenary.accreditation.application.domain.OrganisationProfile.EcosocStatus;

/**
 * The entry of the ECOSOC list an applicant was matched to, as it stood in the list of that date: the proof of
 * its consultative status that the fast track relies on.
 */
@Embeddable
public class EcosocMatch {

    /** Who matched: {@link #AUTOMATIC} where name and website matched the entry exactly, or the secretariat. */
    public static final String AUTOMATIC = "automatic";

    public static final String SECRETARIAT = "secretariat";

    @Column(name = "ecosoc_match_name")
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ecosoc_match_status")
    public EcosocStatus status;

    @Column(name = "ecosoc_match_year")
    public Integer yearGranted;

    @Column(name = "ecosoc_match_list_date")
    public LocalDate listDate;

    @Column(name = "ecosoc_matched_by")
    public String matchedBy;

    public static EcosocMatch of(EcosocEntry entry, EcosocList list, String matchedBy) {
        EcosocMatch match = new EcosocMatch();
        match.name = entry.name;
        match.status = entry.status;
        match.yearGranted = entry.yearGranted;
        match.listDate = list.listDate;
        match.matchedBy = matchedBy;
        return match;
    }

    /** The reason the fast track gives. */
    public String reason() {
        return "Matched to the ECOSOC list of " + listDate + ": " + name + ", in "
                + status.name().toLowerCase() + " consultative status since " + yearGranted + ".";
    }
}
