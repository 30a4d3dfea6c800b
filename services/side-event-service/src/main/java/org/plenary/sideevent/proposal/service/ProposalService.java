package org.plenary.sideevent.proposal.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.contracts.SideEventEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;
import org.plenary.platform.security.Caller;
import org.plenary.platform.web.Filters;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;
import org.plenary.sideevent.db.DatabaseRules;
import org.plenary.sideevent.proposal.domain.Allocation;
import org.plenary.sideevent.proposal.domain.AllocationPolicy;
import org.plenary.sideevent.proposal.domain.AllocationPolicy.Booked;
import org.plenary.sideevent.proposal.domain.AllocationPolicy.RoomFacts;
import org.plenary.sideevent.proposal.domain.AllocationPolicy.SlotFacts;
import org.plenary.sideevent.proposal.domain.Proposal;
import org.plenary.sideevent.proposal.domain.ProposalAction;
import org.plenary.sideevent.proposal.domain.ProposalPolicy;
import org.plenary.sideevent.proposal.domain.ProposalStatus;
import org.plenary.sideevent.proposal.domain.ProposalTransition;
import org.plenary.sideevent.proposal.rest.ProposalRequest;
import org.plenary.sideevent.proposal.rest.ProposalView;
import org.plenary.sideevent.proposal.rest.ProposalView.AllocationView;
import org.plenary.sideevent.proposal.rest.TransitionView;
import org.plenary.sideevent.session.domain.SessionCopy;
import org.plenary.sideevent.session.rest.SessionView;
import org.plenary.sideevent.session.service.SessionService;
import org.plenary.sideevent.venue.domain.Room;
import org.plenary.sideevent.venue.domain.Slot;

/**
 * Side-event proposals: an eligible organisation proposes, edits and withdraws before a decision; the secretariat
 * approves into a room and a slot, or rejects; a lost registration cancels. Each change is checked by
 * {@link ProposalAction} and the policies, and emitted as an event on {@link SideEventEvents#PROPOSALS_TOPIC}, in one
 * transaction.
 */
@ApplicationScoped
public class ProposalService {

    private static final List<ProposalStatus> OPEN = List.of(ProposalStatus.PENDING, ProposalStatus.APPROVED);

    private final SessionService sessions;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final ProposalPolicy proposalPolicy;
    private final AllocationPolicy allocationPolicy;

    public ProposalService(SessionService sessions, Outbox outbox, Caller caller, Clock clock) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.proposalPolicy = new ProposalPolicy(clock);
        this.allocationPolicy = new AllocationPolicy(clock);
    }

    // ------------------------------------------------------------------ reads

    /**
     * Proposals: all for the secretariat, its own for an organisation; {@code search}, where given, is found anywhere
     * in the title or the organiser's identifier, whatever the case.
     */
    @WithSession
    public Uni<Page<ProposalView>> list(
            UUID sessionId, String organisationId, ProposalStatus status, String search, PageRequest page) {
        if (!caller.isSecretariat()) {
            String own = caller.requireOrganisationId();
            if (organisationId != null && !organisationId.equals(own)) {
                caller.requireOwnOrSecretariat(organisationId);
            }
            organisationId = own;
        }
        Filters filters = Filters.create()
                .and("organisationId", organisationId)
                .and("sessionId", sessionId)
                .and("status", status)
                .contains(search, "title", "organisationId");
        String query = filters.query();
        Parameters params = filters.parameters();
        var found = Proposal.<Proposal>find(query, Sort.by("proposedAt").and("id"), params)
                .page(page.toPanache());
        return found.list()
                .chain(items -> roomNames(items)
                        .chain(rooms -> organiserNames(items)
                                .chain(organisers -> found.count()
                                        .map(total -> new Page<>(
                                                items.stream()
                                                        .map(p -> view(p, rooms, organisers))
                                                        .toList(),
                                                page.page,
                                                page.size,
                                                total)))));
    }

    /** One proposal: for the secretariat, its organiser and its co-organisers. */
    @WithSession
    public Uni<ProposalView> get(UUID id) {
        return load(id, null)
                .invoke(proposal -> {
                    boolean coOrganiser = caller.organisationId()
                            .map(proposal.coOrganisations::contains)
                            .orElse(false);
                    if (!coOrganiser) {
                        caller.requireOwnOrSecretariat(proposal.organisationId);
                    }
                })
                .chain(this::view);
    }

    /** A proposal's history, every transition with who, when and why: for the secretariat and its organiser. */
    @WithSession
    public Uni<List<TransitionView>> history(UUID id) {
        return load(id, null)
                .invoke(proposal -> caller.requireOwnOrSecretariat(proposal.organisationId))
                .chain(proposal -> ProposalTransition.<ProposalTransition>list("proposalId = ?1 order by id", id))
                .map(steps -> steps.stream().map(TransitionView::of).toList());
    }

    // ------------------------------------------------------------------ the organisation

    @WithTransaction
    public Uni<ProposalView> propose(UUID sessionId, ProposalRequest request) {
        String organisationId = caller.requireOrganisationId();
        Actor actor = caller.actor();
        return sessions.find(sessionId)
                .call(session -> checkMayPropose(session, organisationId, request))
                .chain(session -> {
                    Instant now = now();
                    Proposal proposal = new Proposal();
                    proposal.id = UUID.randomUUID();
                    proposal.sessionId = sessionId;
                    proposal.organisationId = organisationId;
                    proposal.status = ProposalAction.PROPOSE.apply(null);
                    proposal.proposedAt = now;
                    write(proposal, request, now);
                    return proposal.<Proposal>persist()
                            .chain(saved -> emit(saved, ProposalAction.PROPOSE, null, null, actor));
                })
                .chain(this::view);
    }

    /**
     * Edits a pending proposal under the rules of proposing: before the session's proposal deadline, by an organiser
     * that still has a confirmed registration and is not suspended, with co-organisers and preferred slots checked
     * again.
     */
    @WithTransaction
    public Uni<ProposalView> update(UUID id, ProposalRequest request) {
        Actor actor = caller.actor();
        return loadOwn(id)
                .call(proposal -> {
                    ProposalAction.UPDATE.check(proposal.status);
                    return sessions.find(proposal.sessionId)
                            .call(session -> checkMayPropose(session, proposal.organisationId, request));
                })
                .chain(proposal -> {
                    ProposalStatus previous = proposal.status;
                    proposal.status = ProposalAction.UPDATE.apply(previous);
                    write(proposal, request, now());
                    return emit(proposal, ProposalAction.UPDATE, previous, null, actor);
                })
                .chain(this::view);
    }

    @WithTransaction
    public Uni<ProposalView> withdraw(UUID id, String reason) {
        Actor actor = caller.actor();
        return loadOwn(id)
                .chain(proposal -> move(proposal, ProposalAction.WITHDRAW, reason, actor))
                .chain(this::view);
    }

    // ------------------------------------------------------------------ the secretariat

    @WithTransaction
    public Uni<ProposalView> reject(UUID id, String reason) {
        Actor actor = caller.actor();
        return load(id, LockModeType.PESSIMISTIC_WRITE)
                .chain(proposal -> {
                    ProposalAction.REJECT.check(proposal.status);
                    proposal.decidedAt = now();
                    return move(proposal, ProposalAction.REJECT, reason, actor);
                })
                .chain(this::view);
    }

    /**
     * Approves a pending proposal into a room and a slot of its session. The organiser's proposals for the session
     * are locked first (in id order), so approvals for one organiser take turns and its limit is counted exactly;
     * the room's overlap and capacity rules are checked here and held by the database's constraints, which decide
     * between approvals into one room that run at the same moment.
     */
    @WithTransaction
    public Uni<ProposalView> approve(UUID id, UUID roomId, UUID slotId) {
        Actor actor = caller.actor();
        return lockWithOrganisersProposals(id)
                .chain(proposal -> {
                    ProposalAction.APPROVE.check(proposal.status);
                    return sessions.find(proposal.sessionId)
                            .chain(session -> roomOf(session, roomId)
                                    .chain(room -> slotOf(session, slotId)
                                            .chain(slot -> allocate(proposal, session, room, slot))));
                })
                .chain(proposal -> emit(proposal, ProposalAction.APPROVE, ProposalStatus.PENDING, null, actor))
                .chain(this::view);
    }

    private Uni<Proposal> allocate(Proposal proposal, SessionCopy session, Room room, Slot slot) {
        RoomFacts roomFacts = new RoomFacts(room.id, room.name, room.capacity);
        SlotFacts slotFacts = new SlotFacts(slot.id, slot.startsAt, slot.endsAt);
        return Proposal.<Proposal>list(
                        "status = ?1 and allocation.roomId = ?2 and allocation.startsAt < ?3 and allocation.endsAt > ?4",
                        ProposalStatus.APPROVED,
                        room.id,
                        slot.endsAt,
                        slot.startsAt)
                .chain(booked -> Proposal.<Proposal>list(
                                "status = ?1 and sessionId = ?2 and organisationId = ?3",
                                ProposalStatus.APPROVED,
                                proposal.sessionId,
                                proposal.organisationId)
                        .chain(organisers -> {
                            int place = allocationPolicy.decide(new AllocationPolicy.Facts(
                                    proposal.organisationId,
                                    proposal.expectedAttendance,
                                    roomFacts,
                                    slotFacts,
                                    booked.stream()
                                            .map(b -> new Booked(b.id, b.allocation.startsAt, b.allocation.endsAt))
                                            .toList(),
                                    organisers.stream()
                                            .map(o -> o.allocation.organiserSeq)
                                            .collect(Collectors.toSet()),
                                    session.eventsPerOrganiser));
                            Allocation allocation = new Allocation();
                            allocation.roomId = room.id;
                            allocation.roomKey = room.key;
                            allocation.roomCapacity = room.capacity;
                            allocation.slotId = slot.id;
                            allocation.startsAt = slot.startsAt;
                            allocation.endsAt = slot.endsAt;
                            allocation.organiserSeq = place;
                            allocation.organiserLimit = session.eventsPerOrganiser;
                            proposal.allocation = allocation;
                            proposal.status = ProposalAction.APPROVE.apply(proposal.status);
                            proposal.decidedAt = now();
                            proposal.updatedAt = proposal.decidedAt;
                            proposal.reason = null;
                            return Panache.flush()
                                    .onFailure()
                                    .transform(e -> allocationRule(e, proposal, roomFacts, slotFacts))
                                    .replaceWith(proposal);
                        }));
    }

    /** The database's answer to an approval that ran at the same moment as another, as the rule it enforces. */
    private static Throwable allocationRule(Throwable failure, Proposal proposal, RoomFacts room, SlotFacts slot) {
        return DatabaseRules.violatedConstraint(failure)
                .<Throwable>map(constraint -> switch (constraint) {
                    case "proposal_room_no_overlap" -> AllocationPolicy.roomOccupied(room, slot);
                    case "proposal_fits_room", "proposal_room_fk" ->
                        AllocationPolicy.roomTooSmall(room, proposal.expectedAttendance);
                    case "proposal_organiser_place", "proposal_within_organiser_limit", "proposal_limit_fk" ->
                        AllocationPolicy.organiserLimitReached(
                                proposal.organisationId, proposal.allocation.organiserLimit);
                    default -> failure;
                })
                .orElse(failure);
    }

    // ------------------------------------------------------------------ lost registrations

    /**
     * Cancels the organisation's pending and approved proposals for the session, freeing their rooms and slots,
     * each with an event. Runs inside the transaction of the registration event that took the organisation's last
     * live seat in the session.
     */
    public Uni<Void> cancelForLostRegistration(UUID sessionId, String organisationId, String reason, Actor actor) {
        return Proposal.<Proposal>find("sessionId = ?1 and organisationId = ?2 order by id", sessionId, organisationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .chain(all -> Multi.createFrom()
                        .iterable(all.stream()
                                .filter(p -> OPEN.contains(p.status))
                                .toList())
                        .onItem()
                        .transformToUniAndConcatenate(proposal -> move(proposal, ProposalAction.CANCEL, reason, actor))
                        .collect()
                        .asList())
                .replaceWithVoid();
    }

    // ------------------------------------------------------------------ the machinery

    /**
     * The rules of proposing, and of editing a proposal: before the deadline, by an organisation whose
     * accreditation to the session's body is not suspended and that has a confirmed registration for the session,
     * with eligible co-organisers and slots of the session.
     */
    private Uni<Void> checkMayPropose(SessionCopy session, String organisationId, ProposalRequest request) {
        proposalPolicy.checkBeforeDeadline(SessionView.facts(session));
        return sessions.isSuspended(organisationId, session.bodyId)
                .invoke(suspended ->
                        proposalPolicy.checkNotSuspended(session.id, session.bodyId, organisationId, suspended))
                .chain(ignored -> sessions.isEligible(session.id, organisationId))
                .invoke(eligible -> proposalPolicy.checkEligible(session.id, organisationId, eligible))
                .chain(eligible -> checkContent(session.id, organisationId, request));
    }

    private Uni<Void> checkContent(UUID sessionId, String organisationId, ProposalRequest request) {
        List<String> coOrganisations = request.coOrganisations();
        List<UUID> slots = request.preferredSlots();
        return sessions.eligibleAmong(sessionId, coOrganisations)
                .invoke(eligible ->
                        proposalPolicy.checkCoOrganisers(sessionId, organisationId, coOrganisations, eligible))
                .chain(ignored -> slots.isEmpty()
                        ? Uni.createFrom().item(List.<Slot>of())
                        : Slot.<Slot>list("sessionId = ?1 and id in ?2", sessionId, slots))
                .invoke(found -> {
                    Set<UUID> known = found.stream().map(s -> s.id).collect(Collectors.toSet());
                    List<String> unknown = slots.stream()
                            .filter(s -> !known.contains(s))
                            .map(UUID::toString)
                            .toList();
                    if (!unknown.isEmpty()) {
                        throw RuleViolation.invalid(
                                "preferredSlotIds", "not slots of this session: " + String.join(", ", unknown));
                    }
                })
                .replaceWithVoid();
    }

    private static void write(Proposal proposal, ProposalRequest request, Instant now) {
        proposal.title = request.title().strip();
        proposal.description = request.description().strip();
        proposal.format = request.format();
        proposal.expectedAttendance = request.expectedAttendance();
        proposal.coOrganisations = request.coOrganisations();
        proposal.coMemberStates = request.coMemberStates();
        proposal.preferredSlots =
                request.preferredSlots().stream().map(UUID::toString).toList();
        proposal.updatedAt = now;
    }

    /** Checks, applies and emits a change of status. */
    private Uni<Proposal> move(Proposal proposal, ProposalAction action, String reason, Actor actor) {
        ProposalStatus previous = proposal.status;
        proposal.status = action.apply(previous);
        proposal.updatedAt = now();
        if (reason != null) {
            proposal.reason = reason;
        }
        return emit(proposal, action, previous, reason, actor);
    }

    /** Keeps the change in the proposal's history and emits its event, in the change's transaction. */
    private Uni<Proposal> emit(
            Proposal proposal, ProposalAction action, ProposalStatus previous, String reason, Actor actor) {
        ProposalTransition step = new ProposalTransition();
        step.proposalId = proposal.id;
        step.action = action;
        step.fromStatus = previous;
        step.toStatus = proposal.status;
        step.actorRole = actor.role();
        step.actorSubject = actor.subject();
        step.at = proposal.updatedAt;
        step.reason = reason;
        return step.persist()
                .chain(() -> sessions.find(proposal.sessionId))
                .chain(session -> allocationView(proposal)
                        .chain(allocation -> outbox.record(
                                SideEventEvents.PROPOSALS_TOPIC,
                                "session",
                                proposal.sessionId.toString(),
                                proposal.id.toString(),
                                action.eventType(),
                                ProposalEvent.of(proposal, session.bodyId, previous, allocation, reason, actor))))
                .replaceWith(proposal);
    }

    private Uni<AllocationView> allocationView(Proposal proposal) {
        if (proposal.allocation == null || proposal.allocation.roomId == null) {
            return Uni.createFrom().nullItem();
        }
        Allocation a = proposal.allocation;
        return Room.<Room>findById(a.roomId)
                .map(room -> new AllocationView(a.roomId, room.name, a.slotId, a.startsAt, a.endsAt));
    }

    private Uni<ProposalView> view(Proposal proposal) {
        return allocationView(proposal)
                .chain(allocation -> organiserNames(List.of(proposal))
                        .map(organisers -> ProposalView.of(
                                proposal,
                                allocation == null ? null : allocation.roomName(),
                                organisers.get(organiserKey(proposal)))));
    }

    private static ProposalView view(
            Proposal proposal, Map<UUID, String> roomNames, Map<String, String> organiserNames) {
        return ProposalView.of(
                proposal,
                proposal.allocation == null ? null : roomNames.get(proposal.allocation.roomId),
                organiserNames.get(organiserKey(proposal)));
    }

    /**
     * The organisers' names, as the accreditation events to each session's body carry them, by
     * {@link #organiserKey}: one query for a page of proposals.
     */
    private static Uni<Map<String, String>> organiserNames(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<UUID> sessions =
                proposals.stream().map(p -> p.sessionId).distinct().toList();
        List<String> organisations =
                proposals.stream().map(p -> p.organisationId).distinct().toList();
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s.id, a.id.organisationId, a.organisationName from SessionCopy s,"
                                        + " AccreditationCopy a where s.id in :sessions and a.id.bodyId = s.bodyId"
                                        + " and a.id.organisationId in :organisations"
                                        + " and a.organisationName is not null",
                                Object[].class)
                        .setParameter("sessions", sessions)
                        .setParameter("organisations", organisations)
                        .getResultList())
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(row -> row[0] + "/" + row[1], row -> (String) row[2], (a, b) -> a)));
    }

    private static String organiserKey(Proposal proposal) {
        return proposal.sessionId + "/" + proposal.organisationId;
    }

    private static Uni<Map<UUID, String>> roomNames(List<Proposal> proposals) {
        List<UUID> ids = proposals.stream()
                .filter(p -> p.allocation != null && p.allocation.roomId != null)
                .map(p -> p.allocation.roomId)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Room.<Room>list("id in ?1", ids)
                .map(rooms -> rooms.stream().collect(Collectors.toMap(r -> r.id, r -> r.name)));
    }

    private Uni<Room> roomOf(SessionCopy session, UUID roomId) {
        return Room.<Room>findById(roomId)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("room", roomId))
                .invoke(room -> {
                    if (!room.sessionId.equals(session.id)) {
                        throw RuleViolation.notFound("room", roomId).with("sessionId", session.id.toString());
                    }
                });
    }

    private Uni<Slot> slotOf(SessionCopy session, UUID slotId) {
        return Slot.<Slot>findById(slotId)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("slot", slotId))
                .invoke(slot -> {
                    if (!slot.sessionId.equals(session.id)) {
                        throw RuleViolation.notFound("slot", slotId).with("sessionId", session.id.toString());
                    }
                });
    }

    /**
     * Locks every proposal of the proposal's organiser for its session, in id order, and returns the proposal. The
     * organiser and session are read first without loading the proposal, so that it is read after the lock.
     */
    private Uni<Proposal> lockWithOrganisersProposals(UUID id) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select cast(session_id as text), organisation_id from proposal where id = :id",
                                Object[].class)
                        .setParameter("id", id)
                        .getResultList())
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        throw RuleViolation.notFound("proposal", id);
                    }
                    Object[] owner = rows.get(0);
                    return Proposal.<Proposal>find(
                                    "sessionId = ?1 and organisationId = ?2 order by id",
                                    UUID.fromString((String) owner[0]),
                                    owner[1])
                            .withLock(LockModeType.PESSIMISTIC_WRITE)
                            .list();
                })
                .map(all -> all.stream()
                        .filter(p -> p.id.equals(id))
                        .findFirst()
                        .orElseThrow(() -> RuleViolation.notFound("proposal", id)));
    }

    private Uni<Proposal> load(UUID id, LockModeType lock) {
        Uni<Proposal> found = lock == null ? Proposal.findById(id) : Proposal.findById(id, lock);
        return found.onItem().ifNull().failWith(() -> RuleViolation.notFound("proposal", id));
    }

    private Uni<Proposal> loadOwn(UUID id) {
        String organisationId = caller.requireOrganisationId();
        return load(id, LockModeType.PESSIMISTIC_WRITE).invoke(proposal -> {
            if (!proposal.organisationId.equals(organisationId)) {
                throw RuleViolation.forbidden(
                        "own-organisation-only",
                        "An organisation focal point reaches only its own organisation's proposals.");
            }
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
