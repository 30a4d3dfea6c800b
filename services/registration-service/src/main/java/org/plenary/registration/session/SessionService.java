package org.plenary.registration.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;
import org.plenary.registration.registration.RegistrationChanges;
import org.plenary.registration.registration.RegistrationJournal;
import org.plenary.registration.registration.WaitingList;

/** Sessions: the secretariat defines them, anyone reads them, and every change is an event with the whole session. */
@ApplicationScoped
public class SessionService {

    private static final TypeReference<List<SessionRequest.MeetingPart>> PARTS = new TypeReference<>() {};

    /** The advisory locks' first keys (the second is a hash of the session, or of the session and organisation). */
    private static final int SESSION_LOCK = 0x5345;

    private static final int ORGANISATION_LOCK = 0x4f52;

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final RegistrationJournal journal;

    public SessionService(Outbox outbox, ObjectMapper mapper, RegistrationJournal journal) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.journal = journal;
    }

    @WithSession
    public Uni<Page<SessionView>> list(String bodyId, PageRequest page) {
        var query = bodyId == null
                ? Session.<Session>findAll(Sort.by("startDate").and("id"))
                : Session.<Session>find("bodyId", Sort.by("startDate").and("id"), bodyId);
        return Page.of(query, page, this::view);
    }

    @WithSession
    public Uni<SessionView> get(UUID id) {
        return find(id).map(this::view);
    }

    /** The session, or a 404 problem. */
    public Uni<Session> find(UUID id) {
        return Session.<Session>findById(id).onItem().ifNull().failWith(() -> RuleViolation.notFound("session", id));
    }

    /**
     * The session, locked for this transaction alone, or a 404 problem: every change that counts seats but a new
     * registration (a cancellation and the promotions it makes, a withdrawal, a change of the session) takes this
     * lock first, so that quota, seats and the waiting list's order hold under concurrent requests. It waits for the
     * registrations under way ({@link #shareForRegistration}) and keeps new ones waiting until it commits.
     */
    public Uni<Session> lock(UUID id) {
        return advisoryLock("select concat(pg_advisory_xact_lock(" + SESSION_LOCK + ", hashtext(:session)))", id, null)
                .chain(() -> Session.<Session>findById(id, LockModeType.PESSIMISTIC_WRITE))
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("session", id));
    }

    /**
     * The session, for a new registration of the organisation, or a 404 problem. Registrations of different
     * organisations run side by side: each shares the session's lock (so that none runs while {@link #lock} is
     * held) and takes the organisation's own lock in the session, under which it counts the organisation's quota,
     * its delegation and its head. The session's seats are counted by the database as the registration commits
     * (the {@code session_seats} table, migration V8). The session's lock first, then the organisation's: always
     * in that order, in one statement.
     */
    public Uni<Session> shareForRegistration(UUID id, String organisationId) {
        return advisoryLock(
                        "select concat(pg_advisory_xact_lock_shared(" + SESSION_LOCK + ", hashtext(:session)),"
                                + " pg_advisory_xact_lock(" + ORGANISATION_LOCK
                                + ", hashtext(:session || '/' || :organisation)))",
                        id,
                        organisationId)
                .chain(() -> find(id));
    }

    private static Uni<Void> advisoryLock(String sql, UUID sessionId, String organisationId) {
        return Panache.getSession()
                .chain(s -> {
                    var query = s.createNativeQuery(sql, String.class).setParameter("session", sessionId.toString());
                    if (organisationId != null) {
                        query.setParameter("organisation", organisationId);
                    }
                    return query.getSingleResult();
                })
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<SessionView> create(SessionRequest request, Actor actor) {
        Session session = new Session();
        session.id = UUID.randomUUID();
        apply(session, request);
        return session.<Session>persist().chain(saved -> emit(saved, RegistrationEvents.SESSION_CREATED, actor));
    }

    /** Changes the session; more seats or a larger quota move the waiting list up, in order. */
    @WithTransaction
    public Uni<SessionView> update(UUID id, SessionRequest request, Actor actor) {
        return lock(id).chain(session -> {
            if (!session.bodyId.equals(request.bodyId())) {
                throw RuleViolation.invalid("bodyId", "a session stays with its body (" + session.bodyId + ")");
            }
            apply(session, request);
            RegistrationChanges changes = new RegistrationChanges(session);
            return emit(session, RegistrationEvents.SESSION_UPDATED, actor)
                    .call(() -> WaitingList.promote(changes).chain(() -> journal.write(changes)));
        });
    }

    private void apply(Session session, SessionRequest request) {
        ZoneId zone = VenueTime.zone(request.timeZone());
        if (request.endDate().isBefore(request.startDate())) {
            throw RuleViolation.invalid("endDate", "must not be before startDate");
        }
        Instant opens = VenueTime.parseOpening(request.registrationOpensAt(), zone, "registrationOpensAt");
        Instant deadline = VenueTime.parse(request.registrationDeadline(), zone, "registrationDeadline");
        if (!deadline.isAfter(opens)) {
            throw RuleViolation.invalid("registrationDeadline", "must be after registrationOpensAt");
        }
        if (request.participation() == Session.Participation.OPEN && request.accreditationCutoff() != null) {
            throw RuleViolation.invalid("accreditationCutoff", "applies to ACCREDITATION_ONLY sessions only");
        }
        session.bodyId = request.bodyId();
        session.title = request.title().strip();
        session.venue = request.venue().strip();
        session.timeZone = zone.getId();
        session.startDate = request.startDate();
        session.endDate = request.endDate();
        session.registrationOpensAt = opens;
        session.registrationDeadline = deadline;
        session.participation = request.participation();
        session.accreditationCutoff = VenueTime.parse(request.accreditationCutoff(), zone, "accreditationCutoff");
        session.delegateQuota = Objects.requireNonNullElse(request.delegateQuota(), 1);
        session.seats = request.seats();
        session.latePolicy = Objects.requireNonNullElse(request.latePolicy(), Session.LatePolicy.REFUSE);
        session.confirmationRequired = Boolean.TRUE.equals(request.confirmationRequired());
        session.nominationLetterRequired = Boolean.TRUE.equals(request.nominationLetterRequired());
        session.meetingParts = write(request.meetingParts() == null ? List.of() : request.meetingParts());
        session.sideEventProposalDeadline =
                VenueTime.parse(request.sideEventProposalDeadline(), zone, "sideEventProposalDeadline");
        session.submissionDeadline = VenueTime.parse(request.submissionDeadline(), zone, "submissionDeadline");
        session.submissionWordLimit = request.submissionWordLimit();
        session.submissionScansAllowed = Boolean.TRUE.equals(request.submissionScansAllowed());
    }

    private Uni<SessionView> emit(Session session, String type, Actor actor) {
        SessionView view = view(session);
        return outbox.record(
                        RegistrationEvents.SESSIONS_TOPIC,
                        "session",
                        session.id.toString(),
                        session.id.toString(),
                        type,
                        SessionEvent.of(view, actor))
                .replaceWith(view);
    }

    public SessionView view(Session s) {
        ZoneId zone = s.zone();
        return new SessionView(
                s.id,
                s.bodyId,
                s.title,
                s.venue,
                s.timeZone,
                s.startDate,
                s.endDate,
                s.registrationOpensAt,
                VenueTime.inVenue(s.registrationOpensAt, zone),
                s.registrationDeadline,
                VenueTime.inVenue(s.registrationDeadline, zone),
                s.participation,
                s.accreditationCutoff,
                s.delegateQuota,
                s.seats,
                s.latePolicy,
                s.confirmationRequired,
                s.nominationLetterRequired,
                read(s.meetingParts),
                s.sideEventProposalDeadline,
                s.submissionDeadline,
                s.submissionWordLimit,
                s.submissionScansAllowed);
    }

    private String write(List<SessionRequest.MeetingPart> parts) {
        try {
            return mapper.writeValueAsString(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The session's meeting parts and whether stakeholders may attend each. */
    public List<SessionRequest.MeetingPart> meetingParts(Session session) {
        return read(session.meetingParts);
    }

    private List<SessionRequest.MeetingPart> read(String json) {
        try {
            return mapper.readValue(json, PARTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored meeting parts are not JSON", e);
        }
    }

    /** The data of a session event: the whole session, as the other services keep it, and who changed it. */
    record SessionEvent(
            UUID sessionId,
            String bodyId,
            String title,
            String venue,
            String timeZone,
            LocalDate startDate,
            LocalDate endDate,
            Instant registrationOpensAt,
            Instant registrationDeadline,
            Session.Participation participation,
            Instant accreditationCutoff,
            int delegateQuota,
            Integer seats,
            Session.LatePolicy latePolicy,
            boolean confirmationRequired,
            boolean nominationLetterRequired,
            List<SessionRequest.MeetingPart> meetingParts,
            Instant sideEventProposalDeadline,
            Instant submissionDeadline,
            Integer submissionWordLimit,
            boolean submissionScansAllowed,
            Actor actor) {

        static SessionEvent of(SessionView v, Actor actor) {
            return new SessionEvent(
                    v.sessionId(),
                    v.bodyId(),
                    v.title(),
                    v.venue(),
                    v.timeZone(),
                    v.startDate(),
                    v.endDate(),
                    v.registrationOpensAt(),
                    v.registrationDeadline(),
                    v.participation(),
                    v.accreditationCutoff(),
                    v.delegateQuota(),
                    v.seats(),
                    v.latePolicy(),
                    v.confirmationRequired(),
                    v.nominationLetterRequired(),
                    v.meetingParts(),
                    v.sideEventProposalDeadline(),
                    v.submissionDeadline(),
                    v.submissionWordLimit(),
                    v.submissionScansAllowed(),
                    actor);
        }
    }
}
