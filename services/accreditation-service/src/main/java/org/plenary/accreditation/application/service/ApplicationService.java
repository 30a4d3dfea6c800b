package org.plenary.accreditation.application.service;

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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.plenary.accreditation.application.domain.Application;
import org.plenary.accreditation.application.domain.ApplicationAction;
import org.plenary.accreditation.application.domain.ApplicationStatus;
import org.plenary.accreditation.application.domain.Objection;
import org.plenary.accreditation.application.domain.Transition;
import org.plenary.accreditation.application.rest.AccreditedOrganisationView;
import org.plenary.accreditation.application.rest.ApplicationView;
import org.plenary.accreditation.application.rest.ApplicationView.ObjectionView;
import org.plenary.accreditation.application.rest.ApplyRequest;
import org.plenary.accreditation.application.rest.OwnObjectionView;
import org.plenary.accreditation.application.rest.TransitionView;
import org.plenary.accreditation.body.Body;
import org.plenary.accreditation.body.Body.ObjectionDisclosure;
import org.plenary.accreditation.body.service.BodyService;
import org.plenary.accreditation.ecosoc.service.EcosocListService;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;
import org.plenary.platform.security.Caller;
import org.plenary.platform.web.Filters;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;

/**
 * The accreditation procedure: applications, the ECOSOC fast track, secretariat review, the non-objection
 * period and objections, the body's decision, withdrawal, suspension and revocation. Each transition is
 * checked by {@link ApplicationAction}, kept as a {@link Transition} and emitted as an event, in one
 * transaction.
 */
@ApplicationScoped
public class ApplicationService {

    private static final List<ApplicationStatus> ACTIVE = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::isActive)
            .toList();

    private final BodyService bodies;
    private final EcosocListService ecosocList;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public ApplicationService(
            BodyService bodies, EcosocListService ecosocList, Outbox outbox, Caller caller, Clock clock) {
        this.bodies = bodies;
        this.ecosocList = ecosocList;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reads

    @WithSession
    public Uni<Page<ApplicationView>> list(String bodyId, ApplicationStatus status, PageRequest page) {
        return list(bodyId, status, null, page);
    }

    /**
     * The applications, oldest first; {@code search}, where given, is found anywhere in the organisation's name or
     * acronym, whatever the case.
     */
    @WithSession
    public Uni<Page<ApplicationView>> list(String bodyId, ApplicationStatus status, String search, PageRequest page) {
        Filters filters = Filters.create()
                .and("organisationId", caller.listScope(null))
                .and("bodyId", bodyId)
                .and("status", status)
                .contains(search, "organisation.name", "organisation.acronym");
        return Page.of(
                Application.<Application>find(
                        filters.query(), Sort.by("submittedAt").and("id"), filters.parameters()),
                page,
                app -> shown(ApplicationView.of(app, null)));
    }

    /**
     * The calling state's own objections, newest first, each with its application's organisation and status now:
     * what became of them. Other states' objections are not in it.
     */
    @WithSession
    public Uni<Page<OwnObjectionView>> ownObjections(String bodyId, PageRequest page) {
        String state = caller.requireStateCode();
        String query = "stateCode = :state"
                + (bodyId == null
                        ? ""
                        : " and applicationId in (select a.id from Application a where a.bodyId = :body)");
        Parameters parameters = Parameters.with("state", state);
        if (bodyId != null) {
            parameters.and("body", bodyId);
        }
        return Page.of(
                        Objection.<Objection>find(
                                query, Sort.descending("at").and("id", Sort.Direction.Descending), parameters),
                        page,
                        objection -> objection)
                .chain(objections -> {
                    List<UUID> ids = objections.items().stream()
                            .map(o -> o.applicationId)
                            .distinct()
                            .toList();
                    Uni<List<Application>> apps = ids.isEmpty()
                            ? Uni.createFrom().item(List.of())
                            : Application.<Application>list("id in ?1", ids);
                    return apps.map(found -> {
                        java.util.Map<UUID, Application> byId =
                                found.stream().collect(java.util.stream.Collectors.toMap(a -> a.id, a -> a));
                        return objections.map(o -> {
                            Application app = byId.get(o.applicationId);
                            return new OwnObjectionView(
                                    o.applicationId,
                                    app.bodyId,
                                    app.organisation.name,
                                    app.organisation.country,
                                    o.reason,
                                    o.at,
                                    app.status);
                        });
                    });
                });
    }

    /** One application: the secretariat and its organisation may read it; states only while they may object. */
    @WithSession
    public Uni<ApplicationView> get(UUID id) {
        return load(id).chain(app -> {
            checkReader(app);
            return view(app);
        });
    }

    @WithSession
    public Uni<List<TransitionView>> history(UUID id) {
        return load(id).chain(app -> {
            checkReader(app);
            return bodies.find(app.bodyId)
                    .chain(body -> Transition.<Transition>list("applicationId = ?1 order by id", id)
                            .map(steps -> steps.stream()
                                    .map(step -> transitionView(step, body))
                                    .toList()));
        });
    }

    /** The public list of organisations accredited to a body. */
    @WithSession
    public Uni<Page<AccreditedOrganisationView>> accredited(String bodyId, String country, PageRequest page) {
        return bodies.find(bodyId).chain(body -> {
            String query = "bodyId = :body and status = :status"
                    + (country == null ? "" : " and organisation.country = :country");
            Parameters params = Parameters.with("body", bodyId).and("status", ApplicationStatus.ACCREDITED);
            if (country != null) {
                params.and("country", country);
            }
            return Page.of(
                    Application.<Application>find(
                            query, Sort.by("organisation.name").and("id"), params),
                    page,
                    AccreditedOrganisationView::of);
        });
    }

    /** The applications in their non-objection period: the list circulated to member states. */
    @WithSession
    public Uni<Page<ApplicationView>> nonObjectionList(String bodyId, PageRequest page) {
        Instant now = clock.instant();
        return bodies.find(bodyId).chain(body -> {
            return Page.of(
                    Application.<Application>find(
                            "bodyId = :body and status in :statuses and nonObjectionEndsAt > :now",
                            Sort.by("nonObjectionEndsAt").and("id"),
                            Parameters.with("body", bodyId)
                                    .and(
                                            "statuses",
                                            List.of(ApplicationStatus.NON_OBJECTION, ApplicationStatus.OBJECTED))
                                    .and("now", now)),
                    page,
                    app -> shown(ApplicationView.of(app, null)));
        });
    }

    /**
     * The applications open to objection in every body the calling state follows, the period ending soonest first:
     * the state's work list. A state that follows no body gets an empty page.
     */
    @WithSession
    public Uni<Page<ApplicationView>> followedNonObjectionList(PageRequest page) {
        String state = caller.requireStateCode();
        return Page.of(
                Application.<Application>find(
                        "status in :statuses and nonObjectionEndsAt > :now and bodyId in"
                                + " (select f.id.bodyId from FollowedBody f where f.id.stateCode = :state)",
                        Sort.by("nonObjectionEndsAt").and("id"),
                        Parameters.with(
                                        "statuses",
                                        List.of(ApplicationStatus.NON_OBJECTION, ApplicationStatus.OBJECTED))
                                .and("now", clock.instant())
                                .and("state", state)),
                page,
                app -> shown(ApplicationView.of(app, null)));
    }

    // ------------------------------------------------------------------ organisation

    @WithTransaction
    public Uni<ApplicationView> submit(ApplyRequest request) {
        String organisationId = caller.requireOrganisationId();
        Actor actor = caller.actor();
        return bodies.find(request.bodyId()).chain(body -> {
            if (!body.accreditationOpen) {
                throw RuleViolation.conflict(
                                "accreditation-closed",
                                "Accreditation closed",
                                "The body " + body.id + " takes no new applications: accreditation is closed.")
                        .with("bodyId", body.id);
            }
            // One application of the organisation to the body at a time: a second one sent at the same moment waits
            // here and then finds the first (the unique index application_one_active holds the rule in any case).
            return Panache.getSession()
                    .chain(session -> session.createNativeQuery(
                                    "select concat(pg_advisory_xact_lock(hashtext(:body || '/' || :organisation)))",
                                    String.class)
                            .setParameter("body", body.id)
                            .setParameter("organisation", organisationId)
                            .getSingleResult())
                    .chain(() -> Application.count(
                            "bodyId = ?1 and organisationId = ?2 and status in ?3", body.id, organisationId, ACTIVE))
                    .chain(active -> {
                        if (active > 0) {
                            throw RuleViolation.conflict(
                                    "application-already-active",
                                    "Application already in progress",
                                    "The organisation already has an application in progress or an accreditation in force with "
                                            + body.id + ".");
                        }
                        Application app = new Application();
                        app.id = UUID.randomUUID();
                        app.bodyId = body.id;
                        app.organisationId = organisationId;
                        app.organisation = request.organisation().toProfile();
                        app.submittedAt = now();
                        app.status = ApplicationAction.SUBMIT.target();
                        return app.<Application>persist()
                                .chain(saved -> move(saved, ApplicationAction.SUBMIT, actor, null))
                                .chain(saved -> fastTrackIfAutomatic(saved, body));
                    })
                    .chain(this::view);
        });
    }

    /**
     * A claim of ECOSOC status is matched to the imported list where the name and the website are exactly an
     * entry's; a matched applicant is accredited at once where the body says so. Any other claim waits for the
     * secretariat.
     */
    private Uni<Application> fastTrackIfAutomatic(Application app, Body body) {
        if (app.organisation.ecosocStatus == null) {
            return Uni.createFrom().item(app);
        }
        return ecosocList
                .automaticMatch(app.organisation.name, app.organisation.website)
                .chain(match -> {
                    if (match == null) {
                        return Uni.createFrom().item(app);
                    }
                    app.ecosocMatch = match;
                    return body.ecosocFastTrack == Body.EcosocFastTrack.AUTOMATIC
                            ? move(app, ApplicationAction.FAST_TRACK, Actor.system("ecosoc-fast-track"), match.reason())
                            : Uni.createFrom().item(app);
                });
    }

    @WithTransaction
    public Uni<ApplicationView> provideInformation(UUID id, String answer) {
        return loadOwn(id)
                .chain(app -> move(app, ApplicationAction.PROVIDE_INFORMATION, caller.actor(), answer))
                .chain(this::view);
    }

    @WithTransaction
    public Uni<ApplicationView> withdraw(UUID id, String reason) {
        return loadOwn(id)
                .chain(app -> move(app, ApplicationAction.WITHDRAW, caller.actor(), reason))
                .chain(this::view);
    }

    // ------------------------------------------------------------------ secretariat

    /** Confirms the ECOSOC status of an applicant matched to the ECOSOC list: accredited through the fast track. */
    @WithTransaction
    public Uni<ApplicationView> confirmEcosoc(UUID id) {
        return loadForChange(id)
                .chain(app -> {
                    requireEcosocClaim(app);
                    if (app.ecosocMatch == null) {
                        ApplicationAction.FAST_TRACK.check(app.status);
                        throw RuleViolation.conflict(
                                "ecosoc-status-unverified",
                                "ECOSOC status not verified",
                                "The application matches no entry of the ECOSOC list by name and website: match it to"
                                        + " its entry with POST /applications/" + id + "/ecosoc-match, or review it.");
                    }
                    return move(app, ApplicationAction.FAST_TRACK, caller.actor(), app.ecosocMatch.reason());
                })
                .chain(this::view);
    }

    /**
     * Matches the applicant to the ECOSOC list's entry of this name, which the secretariat found to be the
     * applicant's, and accredits it through the fast track: the match is the secretariat's confirmation.
     */
    @WithTransaction
    public Uni<ApplicationView> matchEcosoc(UUID id, String entryName) {
        return loadForChange(id)
                .chain(app -> {
                    requireEcosocClaim(app);
                    ApplicationAction.FAST_TRACK.check(app.status);
                    return ecosocList.secretariatMatch(entryName).chain(match -> {
                        app.ecosocMatch = match;
                        return move(app, ApplicationAction.FAST_TRACK, caller.actor(), match.reason());
                    });
                })
                .chain(this::view);
    }

    private static void requireEcosocClaim(Application app) {
        if (app.organisation.ecosocStatus == null) {
            throw RuleViolation.conflict(
                    "not-in-ecosoc-status",
                    "No ECOSOC status",
                    "The application declares no consultative status with ECOSOC; review it instead.");
        }
    }

    /** Clears the application for the non-objection period, whose length is the body's. */
    @WithTransaction
    public Uni<ApplicationView> clear(UUID id, String note) {
        return loadForChange(id)
                .chain(app -> bodies.find(app.bodyId).chain(body -> {
                    ApplicationAction.CLEAR.check(app.status);
                    app.nonObjectionEndsAt = now().plus(Duration.ofDays(body.nonObjectionDays));
                    return move(app, ApplicationAction.CLEAR, caller.actor(), note);
                }))
                .chain(this::view);
    }

    /**
     * A secretariat transition that needs only the application and a reason (a request for information, a
     * rejection, the body's decision, a suspension, a reinstatement, a revocation): the action's own rules apply.
     */
    @WithTransaction
    public Uni<ApplicationView> transition(UUID id, ApplicationAction action, String reason) {
        return loadForChange(id)
                .chain(app -> move(app, action, caller.actor(), reason))
                .chain(this::view);
    }

    // ------------------------------------------------------------------ states

    /** A member state objects during the non-objection period; the application then awaits the body's decision. */
    @WithTransaction
    public Uni<ApplicationView> object(UUID id, String reason) {
        String state = caller.requireStateCode();
        Actor actor = caller.actor();
        Instant now = now();
        return loadForChange(id)
                .chain(app -> {
                    // Once the period has ended the answer is the same whether or not the job has accredited yet.
                    if (app.nonObjectionEndsAt != null && !now.isBefore(app.nonObjectionEndsAt)) {
                        throw RuleViolation.conflict(
                                        "non-objection-period-ended",
                                        "Non-objection period ended",
                                        "The non-objection period of this application ended at "
                                                + app.nonObjectionEndsAt + ".")
                                .with("nonObjectionEndsAt", app.nonObjectionEndsAt);
                    }
                    if (!ApplicationAction.OBJECT.allowedFrom(app.status)) {
                        // The state may not read the application's status: the answer says only that it is closed.
                        throw RuleViolation.conflict(
                                "not-open-for-objection",
                                "Not open for objection",
                                "This application is not in a non-objection period: states may not object to it.");
                    }
                    return Objection.count("applicationId = ?1 and stateCode = ?2", id, state)
                            .chain(already -> {
                                if (already > 0) {
                                    throw RuleViolation.conflict(
                                            "already-objected",
                                            "Already objected",
                                            "This state has already objected to this application.");
                                }
                                Objection objection = new Objection();
                                objection.applicationId = id;
                                objection.stateCode = state;
                                objection.reason = reason;
                                objection.at = now;
                                return objection
                                        .persist()
                                        .chain(() -> move(app, ApplicationAction.OBJECT, actor, reason));
                            });
                })
                .chain(this::view);
    }

    // ------------------------------------------------------------------ the clock

    /**
     * Accredits every application whose non-objection period has ended without objection. Rows are locked,
     * so replicas running the job at once do not accredit one application twice.
     *
     * @return how many applications it accredited
     */
    @WithTransaction
    public Uni<Integer> accreditAfterNonObjection() {
        return Application.<Application>find(
                        "status = ?1 and nonObjectionEndsAt <= ?2 order by nonObjectionEndsAt",
                        ApplicationStatus.NON_OBJECTION,
                        now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .chain(due -> Multi.createFrom()
                        .iterable(due)
                        .onItem()
                        .transformToUniAndConcatenate(app -> move(
                                app,
                                ApplicationAction.END_NON_OBJECTION,
                                Actor.system("non-objection-period"),
                                "No objection by the end of the non-objection period (" + app.nonObjectionEndsAt
                                        + ")."))
                        .collect()
                        .asList()
                        .map(List::size));
    }

    // ------------------------------------------------------------------ the machinery

    /** Checks, applies, records and emits one transition. */
    private Uni<Application> move(Application app, ApplicationAction action, Actor actor, String reason) {
        ApplicationStatus previous = action == ApplicationAction.SUBMIT ? null : app.status;
        if (previous != null) {
            action.check(previous);
        }
        Instant now = now();
        app.status = action.target();
        if (action.target() == ApplicationStatus.ACCREDITED && previous != ApplicationStatus.SUSPENDED) {
            app.accreditedAt = now;
        }
        if (reason != null && action != ApplicationAction.OBJECT) {
            // A state's reason is disclosed only as the body's policy allows, from the objection itself.
            app.reason = reason;
        }
        Transition step = new Transition();
        step.applicationId = app.id;
        step.action = action;
        step.fromStatus = previous;
        step.toStatus = app.status;
        step.actorRole = actor.role();
        step.actorSubject = actor.subject();
        step.actorState = action == ApplicationAction.OBJECT ? caller.requireStateCode() : null;
        step.at = now;
        step.reason = reason;
        return step.persist()
                .chain(() -> outbox.record(
                        AccreditationEvents.APPLICATIONS_TOPIC,
                        "organisation",
                        app.organisationId,
                        app.id.toString(),
                        action.eventType(),
                        ApplicationEvent.of(app, previous, reason, actor)))
                .replaceWith(app);
    }

    private Uni<Application> load(UUID id) {
        return Application.<Application>findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("application", id));
    }

    /**
     * The application, locked for the change this transaction makes: changes of one application follow one another,
     * so that the second of two sent at once is decided on what the first left (a second clearance is
     * {@code transition-not-allowed}, a state's second objection {@code already-objected}).
     */
    private Uni<Application> loadForChange(UUID id) {
        return Application.<Application>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("application", id));
    }

    private Uni<Application> loadOwn(UUID id) {
        String organisationId = caller.requireOrganisationId();
        return loadForChange(id).invoke(app -> {
            if (!app.organisationId.equals(organisationId)) {
                throw RuleViolation.forbidden(
                        "own-organisation-only",
                        "An organisation focal point reaches only its own organisation's applications.");
            }
        });
    }

    private void checkReader(Application app) {
        if (caller.isState()) {
            if (app.status != ApplicationStatus.NON_OBJECTION && app.status != ApplicationStatus.OBJECTED) {
                throw RuleViolation.forbidden(
                        "state-reads-non-objection-only",
                        "A state focal point reads applications only while they are open to objection.");
            }
            return;
        }
        caller.requireOwnOrSecretariat(app.organisationId);
    }

    private Uni<ApplicationView> view(Application app) {
        return bodies.find(app.bodyId)
                .chain(body -> Objection.<Objection>list("applicationId = ?1 order by at", app.id)
                        .map(objections -> shown(ApplicationView.of(
                                app,
                                objections.stream()
                                        .filter(o -> !caller.isState()
                                                || o.stateCode.equals(
                                                        caller.stateCode().orElse("")))
                                        .map(o -> objectionView(o, body.objectionDisclosure))
                                        .toList()))));
    }

    /** A state's focal point learns nothing of an organisation's contact address. */
    private ApplicationView shown(ApplicationView view) {
        return caller.isState() ? view.withoutContact() : view;
    }

    private ObjectionView objectionView(Objection objection, ObjectionDisclosure disclosure) {
        if (caller.isSecretariat() || caller.isState()) {
            return new ObjectionView(objection.stateCode, objection.reason, objection.at);
        }
        return switch (disclosure) {
            case STATE_AND_REASON -> new ObjectionView(objection.stateCode, objection.reason, objection.at);
            case REASON_ONLY -> new ObjectionView(null, objection.reason, objection.at);
            case NONE -> new ObjectionView(null, null, objection.at);
        };
    }

    /**
     * One step as this reader may see it. A state's objection is the secretariat's to read in full and the
     * objecting state's own; another state learns only that one was made; the organisation learns what the
     * body's disclosure policy says, the state by its code, never its focal point.
     */
    private TransitionView transitionView(Transition step, Body body) {
        if (caller.isSecretariat() || step.actorState == null) {
            return transitionView(step, step.actorSubject, step.reason);
        }
        if (caller.isState()) {
            boolean own = step.actorState.equals(caller.stateCode().orElse(""));
            return own ? transitionView(step, step.actorSubject, step.reason) : transitionView(step, null, null);
        }
        return switch (body.objectionDisclosure) {
            case STATE_AND_REASON -> transitionView(step, step.actorState, step.reason);
            case REASON_ONLY -> transitionView(step, null, step.reason);
            case NONE -> transitionView(step, null, null);
        };
    }

    private static TransitionView transitionView(Transition step, String actor, String reason) {
        return new TransitionView(step.action, step.fromStatus, step.toStatus, step.actorRole, actor, step.at, reason);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
