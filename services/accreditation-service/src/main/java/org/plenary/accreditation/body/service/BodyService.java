package org.plenary.accreditation.body.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import org.plenary.accreditation.body.Body;
import org.plenary.accreditation.body.rest.BodyRequest;
import org.plenary.accreditation.body.rest.BodyView;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;

/** Bodies and their accreditation policy; every change is an event on {@link AccreditationEvents#BODIES_TOPIC}. */
@ApplicationScoped
public class BodyService {

    public static final int DEFAULT_NON_OBJECTION_DAYS = 30;

    private final Outbox outbox;

    public BodyService(Outbox outbox) {
        this.outbox = outbox;
    }

    @WithSession
    public Uni<Page<BodyView>> list(PageRequest page) {
        return Page.of(Body.<Body>findAll(Sort.by("id")), page, BodyView::of);
    }

    @WithSession
    public Uni<BodyView> get(String id) {
        return find(id).map(BodyView::of);
    }

    /** The body, or a 404 problem. */
    public Uni<Body> find(String id) {
        return Body.<Body>findById(id).onItem().ifNull().failWith(() -> RuleViolation.notFound("body", id));
    }

    @WithTransaction
    public Uni<BodyView> define(BodyRequest request, Actor actor) {
        if (request.id() == null) {
            throw RuleViolation.invalid("id", "is required");
        }
        return Body.<Body>findById(request.id()).chain(existing -> {
            if (existing != null) {
                throw RuleViolation.conflict(
                        "body-exists",
                        "Body already defined",
                        "A body with id " + request.id() + " exists already; change it with PUT /bodies/" + request.id()
                                + ".");
            }
            Body body = new Body();
            body.id = request.id();
            body.name = request.name();
            body.accreditationOpen = !Boolean.FALSE.equals(request.accreditationOpen());
            body.nonObjectionDays = Objects.requireNonNullElse(request.nonObjectionDays(), DEFAULT_NON_OBJECTION_DAYS);
            body.ecosocFastTrack =
                    Objects.requireNonNullElse(request.ecosocFastTrack(), Body.EcosocFastTrack.ON_CONFIRMATION);
            body.objectionDisclosure =
                    Objects.requireNonNullElse(request.objectionDisclosure(), Body.ObjectionDisclosure.REASON_ONLY);
            body.revokedSubmissions =
                    Objects.requireNonNullElse(request.revokedSubmissions(), Body.RevokedSubmissions.KEEP_MARKED);
            return body.<Body>persist().chain(saved -> emit(saved, AccreditationEvents.BODY_DEFINED, actor));
        });
    }

    @WithTransaction
    public Uni<BodyView> update(String id, BodyRequest request, Actor actor) {
        if (request.id() != null && !request.id().equals(id)) {
            throw RuleViolation.invalid("id", "must match the body in the path, or be left out");
        }
        return find(id).chain(body -> {
            body.name = request.name();
            if (request.nonObjectionDays() != null) {
                body.nonObjectionDays = request.nonObjectionDays();
            }
            if (request.ecosocFastTrack() != null) {
                body.ecosocFastTrack = request.ecosocFastTrack();
            }
            if (request.objectionDisclosure() != null) {
                body.objectionDisclosure = request.objectionDisclosure();
            }
            if (request.accreditationOpen() != null) {
                body.accreditationOpen = request.accreditationOpen();
            }
            if (request.revokedSubmissions() != null) {
                body.revokedSubmissions = request.revokedSubmissions();
            }
            return emit(body, AccreditationEvents.BODY_UPDATED, actor);
        });
    }

    /** Opens or closes the body to new applications. */
    @WithTransaction
    public Uni<BodyView> setAccreditationOpen(String id, boolean open, Actor actor) {
        return find(id).chain(body -> {
            if (body.accreditationOpen == open) {
                return Uni.createFrom().item(BodyView.of(body));
            }
            body.accreditationOpen = open;
            return emit(body, AccreditationEvents.BODY_UPDATED, actor);
        });
    }

    private Uni<BodyView> emit(Body body, String type, Actor actor) {
        BodyView view = BodyView.of(body);
        return outbox.record(
                        AccreditationEvents.BODIES_TOPIC, "body", body.id, body.id, type, new BodyEvent(view, actor))
                .replaceWith(view);
    }

    /** The data of a body event: the whole body and who changed it. */
    record BodyEvent(
            String bodyId,
            String name,
            boolean accreditationOpen,
            int nonObjectionDays,
            Body.EcosocFastTrack ecosocFastTrack,
            Body.ObjectionDisclosure objectionDisclosure,
            Body.RevokedSubmissions revokedSubmissions,
            Actor actor) {

        BodyEvent(BodyView view, Actor actor) {
            this(
                    view.id(),
                    view.name(),
                    view.accreditationOpen(),
                    view.nonObjectionDays(),
                    view.ecosocFastTrack(),
                    view.objectionDisclosure(),
                    view.revokedSubmissions(),
                    actor);
        }
    }
}
