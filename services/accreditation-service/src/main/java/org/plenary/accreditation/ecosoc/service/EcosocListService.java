package org.plenary.accreditation.ecosoc.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.plenary.accreditation.application.domain.OrganisationProfile.EcosocStatus;
import org.plenary.accreditation.ecosoc.EcosocCsv;
import org.plenary.accreditation.ecosoc.EcosocEntry;
import org.plenary.accreditation.ecosoc.EcosocList;
import org.plenary.accreditation.ecosoc.EcosocMatch;
import org.plenary.accreditation.ecosoc.rest.EcosocListView;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;

/**
 * The list of organisations in consultative status with ECOSOC, as the secretariat imports it from UN DESA's
 * published list: each import replaces the whole list. The fast track relies on it, not on the applicant's claim.
 */
@ApplicationScoped
public class EcosocListService {

    private final Clock clock;

    public EcosocListService(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<EcosocListView> current() {
        return EcosocList.<EcosocList>findById(EcosocList.CURRENT).chain(this::view);
    }

    /** Replaces the list with the CSV's organisations; {@code listDate} is the date of the published list. */
    @WithTransaction
    public Uni<EcosocListView> replace(String csv, LocalDate listDate, Actor actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (listDate.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
            throw RuleViolation.invalid("listDate", "must not be in the future");
        }
        List<EcosocCsv.Row> rows =
                EcosocCsv.parse(csv, LocalDate.ofInstant(now, ZoneOffset.UTC).getYear());
        return EcosocList.<EcosocList>findById(EcosocList.CURRENT, LockModeType.PESSIMISTIC_WRITE)
                .chain(existing -> {
                    EcosocList list = existing != null ? existing : new EcosocList();
                    list.id = EcosocList.CURRENT;
                    list.listDate = listDate;
                    list.importedAt = now;
                    list.importedBy = actor.subject();
                    List<EcosocEntry> entries = rows.stream()
                            .map(row -> {
                                EcosocEntry entry = new EcosocEntry();
                                entry.name = row.name();
                                entry.status = row.status();
                                entry.yearGranted = row.year();
                                entry.website = row.website();
                                return entry;
                            })
                            .toList();
                    return EcosocEntry.delete("from EcosocEntry")
                            .chain(() -> existing != null ? Uni.createFrom().item(list) : list.persist())
                            .chain(() -> EcosocEntry.persist(entries))
                            .replaceWith(list);
                })
                .chain(this::view);
    }

    /**
     * The match for an applicant whose name and website are exactly an entry's, or null; runs in the caller's
     * session.
     */
    public Uni<EcosocMatch> automaticMatch(String name, String website) {
        if (name == null || website == null) {
            return Uni.createFrom().nullItem();
        }
        return EcosocList.<EcosocList>findById(EcosocList.CURRENT)
                .chain(list -> list == null
                        ? Uni.createFrom().nullItem()
                        : EcosocEntry.<EcosocEntry>find("name = ?1 and website = ?2", name, website)
                                .firstResult()
                                .map(entry ->
                                        entry == null ? null : EcosocMatch.of(entry, list, EcosocMatch.AUTOMATIC)));
    }

    /** The secretariat's match to the entry of this exact name, or a 422 naming the field; in the caller's session. */
    public Uni<EcosocMatch> secretariatMatch(String entryName) {
        return EcosocList.<EcosocList>findById(EcosocList.CURRENT).chain(list -> {
            if (list == null) {
                throw RuleViolation.conflict(
                        "ecosoc-list-not-loaded",
                        "No ECOSOC list",
                        "No ECOSOC list has been imported: import UN DESA's list with PUT /ecosoc-list first.");
            }
            return EcosocEntry.<EcosocEntry>find("name", entryName)
                    .firstResult()
                    .map(entry -> {
                        if (entry == null) {
                            throw RuleViolation.refused(
                                            "ecosoc-entry-not-found",
                                            "Not in the ECOSOC list",
                                            "The ECOSOC list of " + list.listDate + " has no organisation named '"
                                                    + entryName + "'.")
                                    .with(
                                            "violations",
                                            List.of(Map.of("field", "name", "message", "is not in the list")));
                        }
                        return EcosocMatch.of(entry, list, EcosocMatch.SECRETARIAT);
                    });
        });
    }

    private Uni<EcosocListView> view(EcosocList list) {
        if (list == null) {
            return Uni.createFrom().item(EcosocListView.empty());
        }
        return EcosocEntry.count("status", EcosocStatus.GENERAL)
                .chain(general -> EcosocEntry.count("status", EcosocStatus.SPECIAL)
                        .chain(special -> EcosocEntry.count("status", EcosocStatus.ROSTER)
                                .map(roster -> new EcosocListView(
                                        list.listDate,
                                        list.importedAt,
                                        general + special + roster,
                                        general,
                                        special,
                                        roster))));
    }
}
