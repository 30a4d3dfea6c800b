package org.plenary.submission.files;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.plenary.platform.problem.RuleViolation;

/**
 * The storage one organisation may fill in one session ({@code submission.files.organisation-session-limit-bytes}):
 * the sizes of every version of every submission it filed there, withdrawn and declined ones included, since their
 * files are kept.
 */
public final class StorageLimit {

    private static final String USED = "select coalesce(sum(v.sizeBytes), 0) from SubmissionVersion v, Submission s"
            + " where v.id.submissionId = s.id and s.sessionId = :session and s.organisationId = :organisation";

    private final long limitBytes;

    public StorageLimit(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /**
     * Refuses, before a file is inspected and stored, one whose upload would pass the limit. Outside the recording
     * transaction, so only a first answer: {@link #checkHeld} decides.
     */
    public Uni<Void> check(UUID session, String organisation, long adding) {
        return used(session, organisation)
                .invoke(used -> refuseIfOver(used, adding))
                .replaceWithVoid();
    }

    /**
     * The same check inside the transaction that records the file, holding a transaction lock on this organisation's
     * storage in this session, so that two filings at once cannot pass the limit together. Other organisations and
     * sessions do not wait.
     */
    public Uni<Void> checkHeld(UUID session, String organisation, long adding) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select true from pg_advisory_xact_lock(hashtextextended(:key, 0))", Boolean.class)
                        .setParameter("key", "submission-storage/" + session + "/" + organisation)
                        .getSingleResult())
                .chain(() -> check(session, organisation, adding));
    }

    private Uni<Long> used(UUID session, String organisation) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(USED, Long.class)
                        .setParameter("session", session)
                        .setParameter("organisation", organisation)
                        .getSingleResult());
    }

    private void refuseIfOver(long used, long adding) {
        if (used + adding > limitBytes) {
            throw RuleViolation.conflict(
                            "storage-limit-reached",
                            "Storage limit reached",
                            "An organisation may keep " + limitBytes + " bytes of files in a session, every version"
                                    + " counted; it keeps " + used + " bytes there, and this file of " + adding
                                    + " bytes would pass the limit.")
                    .with("limitBytes", limitBytes)
                    .with("usedBytes", used)
                    .with("fileBytes", adding);
        }
    }
}
