package org.plenary.submission.submission;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.plenary.contracts.SubmissionEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;
import org.plenary.platform.security.Caller;
import org.plenary.platform.web.Filters;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;
import org.plenary.submission.files.FileInspector;
import org.plenary.submission.files.FileNames;
import org.plenary.submission.files.FileStore;
import org.plenary.submission.files.FilesConfig;
import org.plenary.submission.files.StorageLimit;
import org.plenary.submission.session.AccreditationCopy;
import org.plenary.submission.session.BodyPolicyCopy;
import org.plenary.submission.session.SessionCopy;
import org.plenary.submission.submission.Submission.Status;

/**
 * Written submissions. A file is checked and stored off the event loop before the transaction that records
 * it (and its event) starts, so a refused file changes nothing stored. When that transaction fails, the file is
 * removed again unless a row names it after all (a commit whose answer was lost); a crash in between leaves a file
 * that {@link org.plenary.submission.files.FileSweep} removes.
 */
@ApplicationScoped
public class SubmissionService {

    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    /**
     * The submissions a body's {@code WITHDRAW} policy takes out of public view: their organisation's accreditation
     * to the session's body is known and no longer in force (revoked). With {@code KEEP_MARKED}, or no known policy,
     * they stay public, marked.
     */
    private static final String WITHDRAWN_FROM_PUBLIC =
            "select w.id from Submission w, SessionCopy c, AccreditationCopy a, BodyPolicyCopy p"
                    + " where c.sessionId = w.sessionId and a.id.organisationId = w.organisationId"
                    + " and a.id.bodyId = c.bodyId and p.bodyId = c.bodyId"
                    + " and p.revokedSubmissions = '" + BodyPolicyCopy.WITHDRAW + "'"
                    + " and a.status not in ('ACCREDITED', 'SUSPENDED')";

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final FileStore files;
    private final FileInspector inspector;
    private final StorageLimit storage;

    public SubmissionService(
            Outbox outbox, Caller caller, Clock clock, FileStore files, FileInspector inspector, FilesConfig config) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.files = files;
        this.inspector = inspector;
        this.storage = new StorageLimit(config.organisationSessionLimitBytes());
    }

    /** The metadata of a submission. */
    public record Metadata(String title, String agendaItem, String language) {}

    /** A stored, checked file. */
    private record Stored(FileInspector.Inspected inspected, String key, String fileName) {}

    // ------------------------------------------------------------------ organisation

    public Uni<SubmissionView> submit(UUID sessionId, Metadata metadata, FileUpload upload) {
        String organisation = caller.requireOrganisationId();
        Actor actor = caller.actor();
        checkMetadata(metadata);
        return Panache.withSession(() -> eligibleSession(sessionId, organisation)
                        .call(() -> storage.check(sessionId, organisation, uploadSize(upload))))
                .chain(session -> store(upload, metadata.language(), session)
                        .chain(stored -> recording(
                                stored,
                                Panache.withTransaction(() -> storage.checkHeld(
                                                sessionId,
                                                organisation,
                                                stored.inspected().sizeBytes())
                                        .chain(() -> {
                                            Submission s = new Submission();
                                            s.id = UUID.randomUUID();
                                            s.sessionId = sessionId;
                                            s.organisationId = organisation;
                                            s.title = metadata.title().strip();
                                            s.agendaItem = metadata.agendaItem().strip();
                                            s.language = metadata.language();
                                            s.status = SubmissionAction.SUBMIT.target();
                                            s.currentVersion = 1;
                                            s.submittedAt = now();
                                            return s.<Submission>persist()
                                                    .chain(saved -> addVersion(saved, stored))
                                                    .chain(version -> emit(
                                                            s, version, session, SubmissionAction.SUBMIT, actor, null));
                                        })))));
    }

    /** A new file for the submission, before the deadline; the earlier files are kept. */
    public Uni<SubmissionView> replace(UUID id, FileUpload upload) {
        Actor actor = caller.actor();
        return Panache.withSession(() -> loadOwn(id).chain(s -> {
                    SubmissionAction.REPLACE.check(s.status);
                    return eligibleSession(s.sessionId, s.organisationId)
                            .call(() -> storage.check(s.sessionId, s.organisationId, uploadSize(upload)))
                            .map(session -> new Target(session, s.language));
                }))
                .chain(target -> store(upload, target.language(), target.session())
                        .chain(stored -> recording(
                                stored,
                                Panache.withTransaction(() -> loadOwn(id)
                                        .chain(s -> {
                                            SubmissionAction.REPLACE.check(s.status);
                                            return storage.checkHeld(
                                                            s.sessionId,
                                                            s.organisationId,
                                                            stored.inspected().sizeBytes())
                                                    .replaceWith(s);
                                        })
                                        .chain(s -> {
                                            s.currentVersion++;
                                            return addVersion(s, stored)
                                                    .chain(version -> emit(
                                                            s,
                                                            version,
                                                            target.session(),
                                                            SubmissionAction.REPLACE,
                                                            actor,
                                                            null));
                                        })))));
    }

    public Uni<SubmissionView> withdraw(UUID id, String reason) {
        Actor actor = caller.actor();
        return Panache.withTransaction(() -> loadOwn(id).chain(s -> {
            SubmissionAction.WITHDRAW.check(s.status);
            s.status = SubmissionAction.WITHDRAW.target();
            s.reason = reason;
            return transition(s, SubmissionAction.WITHDRAW, actor, reason);
        }));
    }

    // ------------------------------------------------------------------ secretariat

    public Uni<SubmissionView> publish(UUID id) {
        Actor actor = caller.actor();
        return Panache.withTransaction(() -> load(id).chain(s -> {
            SubmissionAction.PUBLISH.check(s.status);
            s.status = SubmissionAction.PUBLISH.target();
            return transition(s, SubmissionAction.PUBLISH, actor, null);
        }));
    }

    public Uni<SubmissionView> decline(UUID id, String reason) {
        Actor actor = caller.actor();
        return Panache.withTransaction(() -> load(id).chain(s -> {
            SubmissionAction.DECLINE.check(s.status);
            s.status = SubmissionAction.DECLINE.target();
            s.reason = reason;
            return transition(s, SubmissionAction.DECLINE, actor, reason);
        }));
    }

    // ------------------------------------------------------------------ reads

    public Uni<Page<SubmissionView>> list(
            UUID sessionId, String organisationId, Status status, String search, PageRequest page) {
        Filters filters = Filters.create()
                .and("sessionId", sessionId)
                .and("organisationId", caller.listScope(organisationId))
                .and("status", status)
                .contains(search, "title", "organisationId");
        return Panache.withSession(() -> page(
                Submission.<Submission>find(
                        filters.query(), Sort.by("submittedAt").and("id"), filters.parameters()),
                page));
    }

    /**
     * The published submissions of a session: public. Those the body's {@code WITHDRAW} policy takes out of public
     * view (their organisation's accreditation revoked) are left out.
     */
    public Uni<Page<SubmissionView>> published(UUID sessionId, PageRequest page) {
        return Panache.withSession(() -> page(
                Submission.<Submission>find(
                        "sessionId = ?1 and status = ?2 and id not in (" + WITHDRAWN_FROM_PUBLIC + ")",
                        Sort.by("submittedAt").and("id"),
                        sessionId,
                        Status.PUBLISHED),
                page));
    }

    /** One submission, for the secretariat or its organisation; with {@code published}, anyone's published one. */
    public Uni<SubmissionView> get(UUID id, boolean published) {
        return Panache.withSession(() -> loadReadable(id, published)
                .chain(s -> current(s)
                        .chain(v -> standings(List.of(s.id))
                                .map(standings -> withStanding(SubmissionView.of(s, v), standings.get(s.id))))));
    }

    public Uni<List<SubmissionView.FileView>> versions(UUID id) {
        return Panache.withSession(() -> loadReadable(id, false)
                .chain(s -> SubmissionVersion.<SubmissionVersion>list("id.submissionId = ?1 order by id.number", id)
                        .map(list ->
                                list.stream().map(SubmissionView.FileView::of).toList())));
    }

    /** Every transition of the submission, oldest first: for the secretariat and its organisation. */
    public Uni<List<TransitionView>> history(UUID id) {
        return Panache.withSession(() -> loadReadable(id, false)
                .chain(s -> SubmissionTransition.<SubmissionTransition>list(
                                "id.submissionId = ?1 order by id.number", id)
                        .map(list -> list.stream().map(TransitionView::of).toList())));
    }

    /** The current file, to stream: its path, name and type. */
    public record Download(Path path, String fileName, String contentType, String sha256) {}

    public Uni<Download> download(UUID id, boolean published) {
        return Panache.withSession(() -> loadReadable(id, published).chain(this::current))
                .chain(version -> VertxContextSupport.executeBlocking(() -> new Download(
                        files.read(version.fileKey), version.fileName, version.contentType, version.sha256)));
    }

    // ------------------------------------------------------------------ the machinery

    private Uni<SessionCopy> eligibleSession(UUID sessionId, String organisation) {
        Instant now = now();
        return SessionCopy.<SessionCopy>findById(sessionId)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("session", sessionId))
                .chain(session -> {
                    Instant deadline = session.deadline();
                    if (deadline != null && !now.isBefore(deadline)) {
                        String venue = ZonedDateTime.ofInstant(deadline, session.zone())
                                .toOffsetDateTime()
                                .toString();
                        throw RuleViolation.conflict(
                                        "deadline-passed",
                                        "Submission deadline passed",
                                        "Written submissions closed at " + venue + " (" + session.timeZone + ")"
                                                + (session.submissionDeadline == null
                                                        ? ", the end of the session's last day."
                                                        : "."))
                                .with("deadline", deadline.toString())
                                .with("deadlineVenue", venue)
                                .with("timeZone", session.timeZone);
                    }
                    return AccreditationCopy.<AccreditationCopy>findById(
                                    new AccreditationCopy.Key(organisation, session.bodyId))
                            .map(accreditation -> {
                                if (accreditation != null && accreditation.suspended()) {
                                    throw RuleViolation.forbidden(
                                                    "organisation-suspended",
                                                    "The organisation's accreditation to " + session.bodyId
                                                            + " is suspended: it may not file or replace written"
                                                            + " submissions until it is reinstated; what it filed is"
                                                            + " kept.")
                                            .with("bodyId", session.bodyId);
                                }
                                boolean accredited = accreditation != null && "ACCREDITED".equals(accreditation.status);
                                boolean byCutoff = !session.accreditationOnly()
                                        || session.accreditationCutoff == null
                                        || (accreditation != null
                                                && accreditation.accreditedAt != null
                                                && !accreditation.accreditedAt.isAfter(session.accreditationCutoff));
                                if (!accredited || !byCutoff) {
                                    throw RuleViolation.forbidden(
                                                    "not-eligible",
                                                    "Only organisations accredited to " + session.bodyId
                                                            + (session.accreditationOnly()
                                                                            && session.accreditationCutoff != null
                                                                    ? " by " + session.accreditationCutoff
                                                                    : "")
                                                            + " may file written submissions for this session.")
                                            .with("bodyId", session.bodyId);
                                }
                                return session;
                            });
                });
    }

    /** The session a file is checked against, and the language its words are counted in. */
    private record Target(SessionCopy session, String language) {}

    private Uni<Stored> store(FileUpload upload, String language, SessionCopy session) {
        if (upload == null || upload.uploadedFile() == null) {
            throw RuleViolation.invalid("file", "is required (multipart form field 'file')");
        }
        String fileName = FileNames.safe("file", upload.fileName());
        return VertxContextSupport.executeBlocking(() -> {
            FileInspector.Inspected inspected =
                    inspector.inspect(upload.uploadedFile(), language, session.wordLimit, session.scansAllowed);
            try {
                return new Stored(inspected, files.store(upload.uploadedFile()), fileName);
            } catch (IOException e) {
                throw new IllegalStateException("the file could not be stored", e);
            }
        });
    }

    private static long uploadSize(FileUpload upload) {
        return upload == null ? 0 : upload.size();
    }

    /**
     * The transaction that records a stored file; should it fail, the file goes again, unless a row names it after
     * all (a commit whose answer was lost). When that cannot be known now, the sweep decides later.
     */
    private <T> Uni<T> recording(Stored stored, Uni<T> transaction) {
        return transaction
                .onFailure()
                .call(failure -> Panache.withSession(() -> SubmissionVersion.count("fileKey", stored.key()))
                        .chain(rows -> rows > 0
                                ? Uni.createFrom().voidItem()
                                : VertxContextSupport.executeBlocking(() -> {
                                    files.delete(stored.key());
                                    return null;
                                }))
                        .onFailure()
                        .recoverWithNull()
                        .replaceWithVoid());
    }

    private Uni<SubmissionVersion> addVersion(Submission s, Stored stored) {
        SubmissionVersion v = new SubmissionVersion();
        v.id = new SubmissionVersion.Key(s.id, s.currentVersion);
        v.fileKey = stored.key();
        v.fileName = stored.fileName();
        v.contentType = stored.inspected().contentType();
        v.sizeBytes = stored.inspected().sizeBytes();
        v.sha256 = stored.inspected().sha256();
        v.wordCount = stored.inspected().wordCount();
        v.wordCountMethod = stored.inspected().wordCountMethod();
        v.wordCountLocale = stored.inspected().wordCountLocale();
        v.textLayer = stored.inspected().textLayer();
        v.uploadedAt = now();
        return v.persist();
    }

    private Uni<SubmissionView> transition(Submission s, SubmissionAction action, Actor actor, String reason) {
        return current(s)
                .chain(version -> SessionCopy.<SessionCopy>findById(s.sessionId)
                        .chain(session -> emit(s, version, session, action, actor, reason)));
    }

    private Uni<SubmissionView> emit(
            Submission s,
            SubmissionVersion v,
            SessionCopy session,
            SubmissionAction action,
            Actor actor,
            String reason) {
        return recordTransition(s, v, action, actor, reason)
                .chain(() -> outbox.record(
                        SubmissionEvents.SUBMISSIONS_TOPIC,
                        "organisation",
                        s.organisationId,
                        s.id.toString(),
                        action.eventType(),
                        new SubmissionEvent(
                                s.id,
                                s.sessionId,
                                session.bodyId,
                                s.organisationId,
                                s.title,
                                s.agendaItem,
                                s.language,
                                s.status,
                                v.id.number(),
                                v.sha256,
                                v.sizeBytes,
                                v.wordCount,
                                v.wordCountMethod,
                                v.wordCountLocale,
                                v.textLayer,
                                reason,
                                actor)))
                .replaceWith(SubmissionView.of(s, v));
    }

    /** Adds the transition to the submission's history, in the change's transaction. */
    private Uni<Void> recordTransition(
            Submission s, SubmissionVersion v, SubmissionAction action, Actor actor, String reason) {
        return SubmissionTransition.count("id.submissionId", s.id).chain(count -> {
            SubmissionTransition t = new SubmissionTransition();
            t.id = new SubmissionTransition.Key(s.id, count.intValue() + 1);
            t.transition = action.recorded();
            t.status = s.status;
            t.fileVersion = v.id.number();
            t.actorRole = actor.role();
            t.actorSubject = actor.subject();
            t.reason = reason;
            t.at = now();
            return t.persist().replaceWithVoid();
        });
    }

    /** The data of a submission event. */
    record SubmissionEvent(
            UUID submissionId,
            UUID sessionId,
            String bodyId,
            String organisationId,
            String title,
            String agendaItem,
            String language,
            Status status,
            int version,
            String sha256,
            long sizeBytes,
            int wordCount,
            String wordCountMethod,
            String wordCountLocale,
            boolean textLayer,
            String reason,
            Actor actor) {}

    private Uni<SubmissionVersion> current(Submission s) {
        return SubmissionVersion.findById(new SubmissionVersion.Key(s.id, s.currentVersion));
    }

    /** One page of submissions, each with its current file: two queries, whatever the page size. */
    private Uni<Page<SubmissionView>> page(
            io.quarkus.hibernate.reactive.panache.PanacheQuery<Submission> query, PageRequest page) {
        return Page.of(query, page, s -> s).chain(found -> {
            if (found.items().isEmpty()) {
                return Uni.createFrom()
                        .item(new Page<SubmissionView>(List.of(), found.page(), found.size(), found.total()));
            }
            List<UUID> ids = found.items().stream().map(s -> s.id).toList();
            return SubmissionVersion.<SubmissionVersion>find(
                            "select v from SubmissionVersion v, Submission s"
                                    + " where s.id = v.id.submissionId and v.id.number = s.currentVersion and s.id in ?1",
                            ids)
                    .list()
                    .chain(versions -> standings(ids).map(standings -> {
                        Map<UUID, SubmissionVersion> byId =
                                versions.stream().collect(Collectors.toMap(v -> v.id.submissionId(), v -> v));
                        List<SubmissionView> views = found.items().stream()
                                .map(s -> withStanding(SubmissionView.of(s, byId.get(s.id)), standings.get(s.id)))
                                .toList();
                        return new Page<>(views, found.page(), found.size(), found.total());
                    }));
        });
    }

    /** Where a submission's organisation stands with the session's body, and the name it applied under. */
    private record Standing(String status, String organisationName) {}

    private static SubmissionView withStanding(SubmissionView view, Standing standing) {
        return standing == null
                ? view.withOrganisation(false, null)
                : view.withOrganisation(
                        AccreditationCopy.stillAccredited(standing.status()), standing.organisationName());
    }

    /** Where each submission's organisation stands with the session's body, by submission id: one query. */
    private static Uni<Map<UUID, Standing>> standings(List<UUID> ids) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s.id, a.status, a.organisationName from Submission s, SessionCopy c,"
                                        + " AccreditationCopy a"
                                        + " where s.id in :ids and c.sessionId = s.sessionId"
                                        + " and a.id.organisationId = s.organisationId and a.id.bodyId = c.bodyId",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(r -> (UUID) r[0], r -> new Standing((String) r[1], (String) r[2]))));
    }

    private Uni<Submission> load(UUID id) {
        return Submission.<Submission>findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("submission", id));
    }

    private Uni<Submission> loadOwn(UUID id) {
        String organisation = caller.requireOrganisationId();
        return load(id).invoke(s -> {
            if (!s.organisationId.equals(organisation)) {
                throw RuleViolation.forbidden(
                        "own-organisation-only", "An organisation focal point reaches only its own submissions.");
            }
        });
    }

    /**
     * The secretariat and the organisation read a submission (published or not); with {@code published}, anyone
     * reads it once it is published, and nothing else is found.
     */
    private Uni<Submission> loadReadable(UUID id, boolean published) {
        if (!published) {
            return load(id).invoke(s -> caller.requireOwnOrSecretariat(s.organisationId));
        }
        return load(id).chain(s -> {
            if (s.status != Status.PUBLISHED) {
                throw RuleViolation.notFound("published submission", id);
            }
            return withdrawnFromPublic(id).map(withdrawn -> {
                if (withdrawn) {
                    throw RuleViolation.notFound("published submission", id);
                }
                return s;
            });
        });
    }

    private static Uni<Boolean> withdrawnFromPublic(UUID id) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(WITHDRAWN_FROM_PUBLIC + " and w.id = :id", UUID.class)
                        .setParameter("id", id)
                        .getResultList())
                .map(rows -> !rows.isEmpty());
    }

    private static void checkMetadata(Metadata m) {
        if (m.title() == null || m.title().isBlank() || m.title().length() > 300) {
            throw RuleViolation.invalid("title", "is required, at most 300 characters");
        }
        if (m.agendaItem() == null || m.agendaItem().isBlank() || m.agendaItem().length() > 300) {
            throw RuleViolation.invalid("agendaItem", "is required, at most 300 characters");
        }
        if (!LANGUAGES.contains(m.language())) {
            throw RuleViolation.invalid("language", "must be one of the six UN languages: " + LANGUAGES);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
