package org.plenary.registration.registration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.pdf.PdfInspector;
import org.plenary.platform.pdf.PdfLimits;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;
import org.plenary.platform.security.Caller;
import org.plenary.platform.web.Filters;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;
import org.plenary.registration.accreditation.Accreditation;
import org.plenary.registration.registration.Registration.Status;
import org.plenary.registration.registration.RegistrationPolicy.Decision;
import org.plenary.registration.registration.RegistrationPolicy.Outcome;
import org.plenary.registration.session.Session;
import org.plenary.registration.session.SessionService;
import org.plenary.registration.session.VenueTime;

/**
 * Delegates' registrations. A new registration shares the session's lock with the other organisations' and takes
 * its organisation's own; every other change that counts seats locks the session for itself alone
 * ({@link SessionService#lock}). So the organisation's quota and the session's seats hold under concurrent
 * registrations, and a freed seat goes to the first on the waiting list who fits.
 */
@ApplicationScoped
public class RegistrationService {

    private static final List<Status> SEAT = RegistrationQueries.SEAT;
    private static final List<Status> LIVE = RegistrationQueries.LIVE;

    private final SessionService sessions;
    private final RegistrationJournal journal;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final int maxLetterBytes;
    private final PdfInspector pdf;

    public RegistrationService(
            SessionService sessions,
            RegistrationJournal journal,
            Outbox outbox,
            Caller caller,
            Clock clock,
            @ConfigProperty(name = "registration.nomination-letter.max-bytes", defaultValue = "5242880")
                    int maxLetterBytes,
            PdfInspector pdf) {
        this.sessions = sessions;
        this.journal = journal;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.maxLetterBytes = maxLetterBytes;
        this.pdf = pdf;
    }

    // ------------------------------------------------------------------ reads

    @WithSession
    public Uni<Page<RegistrationView>> list(
            UUID sessionId, String organisationId, Status status, String search, PageRequest page) {
        Filters filters = Filters.create()
                .and("sessionId", sessionId)
                .and("organisationId", caller.listScope(organisationId))
                .and("status", status)
                .contains(search, "delegateName", "delegateEmail", "organisationId");
        return Page.of(
                        Registration.<Registration>find(
                                filters.query(), Sort.by("registeredAt").and("id"), filters.parameters()),
                        page,
                        r -> r)
                .chain(found -> RegistrationQueries.ranks(found.items().stream()
                                .filter(r -> r.status == Status.WAITLISTED)
                                .map(r -> r.sessionId)
                                .collect(Collectors.toSet()))
                        .map(ranks -> found.map(r -> RegistrationView.of(r, ranks))));
    }

    @WithSession
    public Uni<RegistrationView> get(UUID id) {
        return loadReadable(id).chain(RegistrationService::view);
    }

    /** Every transition of the registration, oldest first: what, who, when, why. */
    @WithSession
    public Uni<List<TransitionView>> history(UUID id) {
        return loadReadable(id)
                .chain(r -> RegistrationTransition.<RegistrationTransition>list("registrationId = ?1 order by id", id))
                .map(steps -> steps.stream().map(TransitionView::of).toList());
    }

    /** Whether the organisation may register a delegate now and, if not, every reason why. */
    @WithSession
    public Uni<Eligibility> eligibility(UUID sessionId, String organisationId) {
        String organisation = readableOrganisation(organisationId);
        Instant now = now();
        return sessions.find(sessionId)
                .chain(session -> facts(session, organisation, null, false, now))
                .map(facts -> {
                    Decision decision = RegistrationPolicy.decide(facts);
                    return new Eligibility(
                            sessionId,
                            organisation,
                            decision.outcome() != Outcome.REFUSE,
                            decision.outcome(),
                            decision.late(),
                            decision.reasons(),
                            now);
                });
    }

    /** The answer of the eligibility endpoint. */
    public record Eligibility(
            UUID sessionId,
            String organisationId,
            boolean eligible,
            Outcome outcome,
            boolean late,
            List<RegistrationPolicy.Reason> reasons,
            Instant evaluatedAt) {}

    /**
     * The session's participants (seats and waiting list) as CSV, for the secretariat, with each organisation's
     * name as accredited to the body (empty where none is known).
     */
    @WithSession
    public Uni<String> participantsCsv(UUID sessionId) {
        return sessions.find(sessionId)
                .chain(session -> Accreditation.<Accreditation>list("id.bodyId", session.bodyId)
                        .map(accreditations -> accreditations.stream()
                                .collect(Collectors.toMap(a -> a.id.organisationId(), a -> a.organisationName)))
                        .chain(names -> RegistrationQueries.ranks(Set.of(sessionId))
                                .chain(ranks -> Registration.<Registration>list(
                                                "sessionId = ?1 and status in ?2 order by organisationId, status,"
                                                        + " waitlistPosition, registeredAt",
                                                sessionId,
                                                LIVE)
                                        .map(rows -> participantsCsv(rows, names, ranks)))));
    }

    private static String participantsCsv(
            List<Registration> rows, Map<String, String> names, Map<UUID, RegistrationQueries.Rank> ranks) {
        StringBuilder csv = new StringBuilder("organisation_id,organisation_name,delegate_name,delegate_email,function,"
                + "head_of_delegation,status,late,waitlist_rank,registered_at,registered_by_other_organisations,"
                + "meeting_parts\r\n");
        Map<String, Long> organisationsPerDelegate = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.delegateEmail,
                        Collectors.mapping(r -> r.organisationId, Collectors.collectingAndThen(Collectors.toSet(), s ->
                                (long) s.size()))));
        for (Registration r : rows) {
            csv.append(String.join(
                            ",",
                            csv(r.organisationId),
                            csv(names.get(r.organisationId)),
                            csv(r.delegateName),
                            csv(r.delegateEmail),
                            csv(r.delegateFunction),
                            String.valueOf(r.headOfDelegation),
                            r.status.name(),
                            String.valueOf(r.late),
                            ranks.containsKey(r.id)
                                    ? String.valueOf(ranks.get(r.id).inSession())
                                    : "",
                            r.registeredAt.toString(),
                            String.valueOf(organisationsPerDelegate.get(r.delegateEmail) > 1),
                            csv(String.join("; ", r.meetingParts()))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    // ------------------------------------------------------------------ organisation

    /**
     * Registers a delegate, or puts them on the waiting list. Registrations of different organisations run side by
     * side ({@link SessionService#shareForRegistration}); the session's seats are taken as the transaction commits.
     * Where another registration took the last seat meanwhile, the commit fails and the registration is decided
     * again, from the seats as they are then (the waiting list, or the refusal).
     */
    public Uni<RegistrationView> register(UUID sessionId, RegistrationRequests.Register request) {
        return Uni.createFrom()
                .deferred(() -> {
                    String organisation = registeringOrganisation(request.organisationId());
                    Actor actor = caller.actor();
                    return Panache.withTransaction(() -> register(sessionId, request, organisation, actor));
                })
                .onFailure(RegistrationService::seatTakenMeanwhile)
                .retry()
                .atMost(SEAT_RETRIES)
                .chain(RegistrationService::view);
    }

    private Uni<Registration> register(
            UUID sessionId, RegistrationRequests.Register request, String organisation, Actor actor) {
        Instant now = now();
        return sessions.shareForRegistration(sessionId, organisation)
                .chain(session -> facts(
                                session, organisation, request.delegate().email(), request.joinWaitingList(), now)
                        .chain(facts -> {
                            Decision decision = RegistrationPolicy.decide(facts);
                            if (decision.outcome() == Outcome.REFUSE) {
                                throw refusal(decision);
                            }
                            Registration r = new Registration();
                            r.id = UUID.randomUUID();
                            r.sessionId = sessionId;
                            r.organisationId = organisation;
                            setDelegate(r, request.delegate());
                            r.meetingParts = String.join(
                                    "\n", MeetingParts.choose(sessions.meetingParts(session), request.meetingParts()));
                            r.headOfDelegation = false;
                            r.late = decision.late();
                            r.registeredAt = now;
                            RegistrationChanges changes = new RegistrationChanges(session);
                            if (decision.outcome() == Outcome.REGISTER) {
                                r.status = session.confirmationRequired ? Status.PENDING : Status.CONFIRMED;
                                changes.add(RegistrationEvents.REGISTERED, r, null, actor);
                                changes.settleHead(
                                        organisation, request.delegate().headOfDelegation() ? r : null, actor);
                                return r.<Registration>persist().chain(() -> done(changes, r));
                            }
                            r.status = Status.WAITLISTED;
                            r.reason = decision.reasons().get(0).detail();
                            return nextWaitlistPosition().chain(position -> {
                                r.waitlistPosition = position;
                                changes.add(RegistrationEvents.WAITLISTED, r, null, actor);
                                return r.<Registration>persist().chain(saved -> done(changes, saved));
                            });
                        }));
    }

    /** How often a registration is decided again when the last seats went to others as it committed. */
    private static final int SEAT_RETRIES = 20;

    /** The commit failed because the session's seats were all taken meanwhile (migration V8's trigger). */
    private static boolean seatTakenMeanwhile(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof PgException pg && SEATS_TAKEN.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private static final String SEATS_TAKEN = "PLS01";

    @WithTransaction
    public Uni<RegistrationView> cancel(UUID id, String reason) {
        Actor actor = caller.actor();
        return loadWritable(id)
                .chain(r -> sessions.lock(r.sessionId).chain(session -> {
                    checkChangeable(r, session);
                    RegistrationChanges changes = new RegistrationChanges(session);
                    Status from = r.status;
                    r.status = Status.CANCELLED;
                    r.reason = reason;
                    r.waitlistPosition = null;
                    changes.add(RegistrationEvents.CANCELLED, r, from, actor);
                    return freed(changes, from).chain(() -> done(changes, r));
                }))
                .chain(RegistrationService::view);
    }

    @WithTransaction
    public Uni<RegistrationView> substitute(UUID id, RegistrationRequests.Delegate delegate) {
        Actor actor = caller.actor();
        return loadWritable(id)
                .chain(r -> sessions.lock(r.sessionId).chain(session -> {
                    checkChangeable(r, session);
                    return RegistrationQueries.inDelegation(r.sessionId, r.organisationId, delegate.email(), r.id)
                            .chain(taken -> {
                                if (taken > 0) {
                                    throw RuleViolation.conflict(
                                            "delegate-already-registered",
                                            "Delegate already registered",
                                            "The new delegate is already in the organisation's delegation to the session.");
                                }
                                String replaced = r.delegateName;
                                setDelegate(r, delegate);
                                r.reason = "In place of " + replaced + ".";
                                Status from = r.status;
                                if (session.confirmationRequired && r.status == Status.CONFIRMED) {
                                    // The secretariat confirmed the delegate, not the seat: the substitute waits.
                                    r.status = Status.PENDING;
                                    r.reason = "A substitute awaits the secretariat's confirmation.";
                                }
                                RegistrationChanges changes = new RegistrationChanges(session);
                                changes.add(RegistrationEvents.SUBSTITUTED, r, from, actor);
                                return HeadOfDelegation.settle(
                                                changes,
                                                r.organisationId,
                                                delegate.headOfDelegation() ? r : null,
                                                actor)
                                        .chain(() -> done(changes, r));
                            });
                }))
                .chain(RegistrationService::view);
    }

    /**
     * Names the delegate head of the organisation's delegation, in place of the one who was: the organisation
     * before the deadline, the secretariat at any time.
     */
    @WithTransaction
    public Uni<RegistrationView> nameHeadOfDelegation(UUID id) {
        Actor actor = caller.actor();
        return loadWritable(id)
                .chain(r -> sessions.lock(r.sessionId).chain(session -> {
                    checkChangeable(r, session);
                    requireStatus(r, SEAT, "head the delegation");
                    RegistrationChanges changes = new RegistrationChanges(session);
                    return HeadOfDelegation.settle(changes, r.organisationId, r, actor)
                            .chain(() -> done(changes, r));
                }))
                .chain(RegistrationService::view);
    }

    /**
     * Stores a new version of the organisation's nomination letter for the session (a PDF, checked by its
     * content), keeping the old ones, and records the upload as an event.
     */
    @WithTransaction
    public Uni<Integer> uploadLetter(UUID sessionId, byte[] content) {
        String organisation = caller.requireOrganisationId();
        Actor actor = caller.actor();
        Instant now = now();
        return VertxContextSupport.executeBlocking(() -> checkLetter(content))
                .chain(() -> sessions.lock(sessionId))
                .chain(session -> latestLetter(sessionId, organisation).chain(latest -> {
                    NominationLetter letter = new NominationLetter();
                    letter.id = new NominationLetter.Key(
                            sessionId, organisation, latest == null ? 1 : latest.id.version() + 1);
                    letter.content = content;
                    letter.sizeBytes = content.length;
                    letter.sha256 = sha256(content);
                    letter.uploadedAt = now;
                    return letter.persist()
                            .chain(() -> outbox.record(
                                    RegistrationEvents.REGISTRATIONS_TOPIC,
                                    "organisation",
                                    organisation,
                                    sessionId.toString(),
                                    RegistrationEvents.LETTER_UPLOADED,
                                    new LetterUploaded(
                                            sessionId,
                                            session.bodyId,
                                            organisation,
                                            letter.id.version(),
                                            letter.sizeBytes,
                                            letter.sha256,
                                            now,
                                            actor)))
                            .replaceWith(letter.id.version());
                }));
    }

    /** The data of a letter-uploaded event (the letter itself stays here). */
    record LetterUploaded(
            UUID sessionId,
            String bodyId,
            String organisationId,
            int version,
            int sizeBytes,
            String sha256,
            Instant uploadedAt,
            Actor actor) {}

    private static Uni<NominationLetter> latestLetter(UUID sessionId, String organisationId) {
        return NominationLetter.<NominationLetter>find(
                        "id.sessionId = ?1 and id.organisationId = ?2 order by id.version desc",
                        sessionId,
                        organisationId)
                .firstResult();
    }

    /**
     * The same PDF check as written submissions': by content, size and readability (a scanned letter is fine),
     * bounded by the platform's inspector; it blocks, so it runs on a worker thread.
     */
    private boolean checkLetter(byte[] content) {
        pdf.inspect(content == null ? new byte[0] : content, PdfLimits.ofSize(maxLetterBytes))
                .requireAccepted();
        return true;
    }

    /** The organisation's nomination letter: the latest version, or the one asked for. */
    @WithSession
    public Uni<NominationLetter> letter(UUID sessionId, String organisationId, Integer version) {
        caller.requireOwnOrSecretariat(organisationId);
        return (version == null
                        ? latestLetter(sessionId, organisationId)
                        : NominationLetter.<NominationLetter>findById(
                                new NominationLetter.Key(sessionId, organisationId, version)))
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("nomination letter of", organisationId));
    }

    // ------------------------------------------------------------------ secretariat

    @WithTransaction
    public Uni<RegistrationView> confirm(UUID id) {
        Actor actor = caller.actor();
        return load(id).chain(r -> sessions.lock(r.sessionId).chain(session -> {
                    requireStatus(r, List.of(Status.PENDING), "confirm");
                    r.status = Status.CONFIRMED;
                    RegistrationChanges changes = new RegistrationChanges(session);
                    changes.add(RegistrationEvents.CONFIRMED, r, Status.PENDING, actor);
                    return done(changes, r);
                }))
                .chain(RegistrationService::view);
    }

    @WithTransaction
    public Uni<RegistrationView> decline(UUID id, String reason) {
        Actor actor = caller.actor();
        return load(id).chain(r -> sessions.lock(r.sessionId).chain(session -> {
                    requireStatus(r, List.of(Status.PENDING, Status.WAITLISTED), "decline");
                    RegistrationChanges changes = new RegistrationChanges(session);
                    Status from = r.status;
                    r.status = Status.DECLINED;
                    r.reason = reason;
                    r.waitlistPosition = null;
                    changes.add(RegistrationEvents.DECLINED, r, from, actor);
                    return freed(changes, from).chain(() -> done(changes, r));
                }))
                .chain(RegistrationService::view);
    }

    // ------------------------------------------------------------------ revocation

    /**
     * Withdraws the organisation's live registrations for the body's accreditation-only sessions that have not
     * ended yet, each with an event, and gives the freed seats to the waiting lists; the record of past sessions
     * stays as it was. Runs in the consumer's transaction.
     */
    public Uni<Void> withdrawForRevocation(String organisationId, String bodyId, String reason) {
        Actor actor = Actor.system("accreditation-revoked");
        Instant now = now();
        return Session.<Session>list(
                        "bodyId = ?1 and participation = ?2 order by id",
                        bodyId,
                        Session.Participation.ACCREDITATION_ONLY)
                .chain(sessionsOfBody -> Multi.createFrom()
                        .iterable(sessionsOfBody.stream()
                                .filter(s -> now.isBefore(s.endsAt()))
                                .toList())
                        .onItem()
                        .transformToUniAndConcatenate(s -> sessions.lock(s.id)
                                .chain(session -> Registration.<Registration>list(
                                                "sessionId = ?1 and organisationId = ?2 and status in ?3 order by registeredAt",
                                                session.id,
                                                organisationId,
                                                LIVE)
                                        .chain(live -> {
                                            RegistrationChanges changes = new RegistrationChanges(session);
                                            for (Registration r : live) {
                                                Status from = r.status;
                                                r.status = Status.WITHDRAWN;
                                                r.reason = reason;
                                                r.waitlistPosition = null;
                                                changes.add(RegistrationEvents.WITHDRAWN, r, from, actor);
                                            }
                                            return (live.isEmpty()
                                                            ? Uni.createFrom().voidItem()
                                                            : WaitingList.promote(changes))
                                                    .chain(() -> journal.write(changes));
                                        })))
                        .collect()
                        .asList()
                        .replaceWithVoid());
    }

    // ------------------------------------------------------------------ the machinery

    /** The registration as its reader sees it, with its rank on the waiting list. */
    private static Uni<RegistrationView> view(Registration r) {
        return (r.status == Status.WAITLISTED
                        ? RegistrationQueries.ranks(Set.of(r.sessionId))
                        : Uni.createFrom().item(Map.<UUID, RegistrationQueries.Rank>of()))
                .map(ranks -> RegistrationView.of(r, ranks));
    }

    /** After a registration gave up its seat: the waiting list moves up. */
    private static Uni<Void> freed(RegistrationChanges changes, Status from) {
        return from.holdsSeat()
                ? WaitingList.promote(changes)
                : Uni.createFrom().voidItem();
    }

    /** Writes the transaction's changes as events, then answers with the registration. */
    private Uni<Registration> done(RegistrationChanges changes, Registration r) {
        return journal.write(changes).replaceWith(r);
    }

    private Uni<RegistrationPolicy.Facts> facts(
            Session session, String organisation, String delegateEmail, boolean joinWaitingList, Instant now) {
        return Accreditation.<Accreditation>findById(new Accreditation.Key(organisation, session.bodyId))
                .chain(accreditation -> RegistrationQueries.counts(session.id, organisation, delegateEmail)
                        .map(counts -> new RegistrationPolicy.Facts(
                                session,
                                now,
                                accreditation != null && accreditation.isAccredited(),
                                accreditation == null ? null : accreditation.accreditedAt,
                                accreditation != null && accreditation.isSuspended(),
                                (int) counts.organisationSeats(),
                                (int) counts.sessionSeats(),
                                counts.duplicates() > 0,
                                counts.letters() > 0,
                                joinWaitingList)));
    }

    private static RuleViolation refusal(Decision decision) {
        RegistrationPolicy.Reason first = decision.reasons().get(0);
        RuleViolation violation = RuleViolation.conflict(
                first.rule(),
                "Registration refused",
                String.join(
                        " ",
                        decision.reasons().stream()
                                .map(RegistrationPolicy.Reason::detail)
                                .toList()));
        first.facts().forEach(violation::with);
        return violation.with("reasons", decision.reasons());
    }

    private Uni<Long> nextWaitlistPosition() {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select nextval('waitlist_position_seq')", Long.class)
                        .getSingleResult());
    }

    /** An organisation changes its registrations before the deadline; the secretariat at any time. */
    private void checkChangeable(Registration r, Session session) {
        requireStatus(r, LIVE, "change");
        if (!caller.isSecretariat() && !now().isBefore(session.registrationDeadline)) {
            throw RuleViolation.conflict(
                            "deadline-passed",
                            "Registration closed",
                            "After the deadline (" + VenueTime.inVenue(session.registrationDeadline, session.zone())
                                    + ") only the secretariat may cancel or substitute a delegate.")
                    .with("deadline", session.registrationDeadline.toString())
                    .with("deadlineVenue", VenueTime.inVenue(session.registrationDeadline, session.zone()));
        }
    }

    private static void requireStatus(Registration r, List<Status> allowed, String verb) {
        if (!allowed.contains(r.status)) {
            throw RuleViolation.conflict(
                            "transition-not-allowed",
                            "Not allowed in the registration's status",
                            "A registration that is " + r.status + " cannot " + verb + "; allowed from " + allowed
                                    + ".")
                    .with("currentStatus", r.status);
        }
    }

    private Uni<Registration> load(UUID id) {
        return Registration.<Registration>findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("registration", id));
    }

    private Uni<Registration> loadReadable(UUID id) {
        return load(id).invoke(r -> caller.requireOwnOrSecretariat(r.organisationId));
    }

    private Uni<Registration> loadWritable(UUID id) {
        return loadReadable(id);
    }

    /**
     * The organisation a registration is for: the caller's own, or, for the secretariat registering on an
     * organisation's behalf (under the same rules, quota and deadline), the one it names.
     */
    private String registeringOrganisation(String organisationId) {
        if (caller.isSecretariat()) {
            if (organisationId == null || organisationId.isBlank()) {
                throw RuleViolation.invalid(
                        "organisationId", "is required when the secretariat registers on an organisation's behalf");
            }
            return organisationId.strip();
        }
        String own = caller.requireOrganisationId();
        if (organisationId != null && !organisationId.equals(own)) {
            throw RuleViolation.forbidden(
                    "own-organisation-only", "An organisation focal point registers its own delegates only.");
        }
        return own;
    }

    private String readableOrganisation(String organisationId) {
        if (caller.isSecretariat()) {
            if (organisationId == null) {
                throw RuleViolation.invalid("organisationId", "is required for the secretariat");
            }
            return organisationId;
        }
        String own = caller.requireOrganisationId();
        if (organisationId != null && !organisationId.equals(own)) {
            throw RuleViolation.forbidden(
                    "own-organisation-only", "An organisation focal point asks only about its own eligibility.");
        }
        return own;
    }

    private static void setDelegate(Registration r, RegistrationRequests.Delegate delegate) {
        r.delegateName = delegate.name().strip();
        r.delegateEmail = delegate.email().strip().toLowerCase();
        r.delegateFunction = delegate.function();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value
                : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
