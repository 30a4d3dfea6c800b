package org.plenary.portal.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.DeskViews.Application;
import org.plenary.portal.client.DeskViews.FollowedBodies;
import org.plenary.portal.client.DeskViews.OwnObjection;
import org.plenary.portal.client.FocalPointViews.ReasonBody;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.me.Forms;
import org.plenary.portal.page.Paging;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * A state's focal point: the bodies the state follows, and the applications in their non-objection period in those
 * bodies, the period ending soonest first, with the time left and the profile (no contact detail); an application with the objection form, which asks for the reason; and the state's
 * own objections with what became of them. Nothing else: the accreditation service decides what a state reads and
 * whether it may object (once per application, within the period), and its refusal is shown beside the reason.
 */
@Path("/me/state")
public class StateDesk {

    static final int PAGE_SIZE = 20;

    /** Rules about the objection itself, shown beside its reason. */
    private static final Map<String, String> OBJECTION_RULES = Map.of(
            "already-objected", "reason",
            "non-objection-period-ended", "reason",
            "not-open-for-objection", "reason");

    /** An application as the list shows it, with the end of its period and the time left. */
    public record Line(Application application, String bodyName, Moment ends) {}

    /** One of the state's objections as the page shows it. */
    public record ObjectionLine(OwnObjection objection, String bodyName, Moment at) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                List<Body> bodies,
                Set<String> followed,
                boolean followsAny,
                List<Line> lines,
                long total,
                Paging paging,
                String done,
                FormErrors errors);

        static native TemplateInstance application(
                Application application,
                String bodyName,
                Moment ends,
                List<AccreditationDesk.HistoryStep> history,
                String reason,
                String done,
                FormErrors errors);

        static native TemplateInstance objections(List<ObjectionLine> objections, long total, Paging paging);
    }

    private final AccreditationClient accreditation;
    private final Reader reader;

    public StateDesk(@RestClient AccreditationClient accreditation, Reader reader) {
        this.accreditation = accreditation;
        this.reader = reader;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("done") String done) {
        return listPage(page, done, null, FormErrors.none());
    }

    /** Replaces the bodies the state follows with those ticked; the accreditation service checks each. */
    @POST
    @Path("/bodies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> follow(@FormParam("bodyIds") List<String> bodyIds) {
        List<String> ticked = bodyIds == null
                ? List.of()
                : bodyIds.stream().filter(id -> !id.isBlank()).toList();
        try {
            accreditation.follow(new FollowedBodies(null, ticked));
            return Forms.seeOther("/me/state?done=followed");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    listPage(
                            1,
                            null,
                            Set.copyOf(ticked),
                            FormErrors.of(
                                    refusal,
                                    Map.of("unknown-body", "bodyIds"),
                                    Map.of("bodyIds", FormErrors.ListInputs.oneInput(ticked)))));
        }
    }

    /**
     * The list: the applications open to objection in every body the state follows, the period ending soonest first,
     * and the form choosing those bodies ({@code ticked} is what was sent when the service refused it).
     */
    private TemplateInstance listPage(int page, String done, Set<String> ticked, FormErrors errors) {
        List<Body> bodies = accreditation.bodies(0, 100).items();
        Map<String, String> names = bodies.stream().collect(Collectors.toMap(Body::id, Body::name, (a, b) -> a));
        Set<String> followed = Set.copyOf(accreditation.followedBodies().bodyIds());
        int current = Math.max(1, page);
        Page<Application> found = accreditation.followedNonObjection(current - 1, PAGE_SIZE);
        List<Line> lines = found.items().stream()
                .map(app -> new Line(
                        app,
                        names.getOrDefault(app.bodyId(), app.bodyId()),
                        reader.moment(app.nonObjectionEndsAt(), "UTC")))
                .toList();
        return reader.render(Templates.list(
                bodies,
                ticked == null ? followed : ticked,
                !followed.isEmpty(),
                lines,
                found.total(),
                Paging.of("/me/state", Map.of(), current, PAGE_SIZE, found.total()),
                done,
                errors));
    }

    @GET
    @Path("/applications/{id}")
    public TemplateInstance application(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, "", FormErrors.none());
    }

    @POST
    @Path("/applications/{id}/objection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> object(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        try {
            accreditation.object(id, new ReasonBody(Forms.orEmpty(reason)));
            return Forms.seeOther("/me/state/applications/" + id + "?done=objected");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    page(id, null, Forms.orEmpty(reason), FormErrors.of(refusal, OBJECTION_RULES)));
        }
    }

    @GET
    @Path("/objections")
    public TemplateInstance objections(@QueryParam("page") @DefaultValue("1") int page) {
        int current = Math.max(1, page);
        Map<String, String> names = accreditation.bodies(0, 100).items().stream()
                .collect(Collectors.toMap(Body::id, Body::name, (a, b) -> a));
        Page<OwnObjection> found = accreditation.ownObjections(null, current - 1, PAGE_SIZE);
        List<ObjectionLine> lines = found.items().stream()
                .map(o ->
                        new ObjectionLine(o, names.getOrDefault(o.bodyId(), o.bodyId()), reader.moment(o.at(), "UTC")))
                .toList();
        return reader.render(Templates.objections(
                lines, found.total(), Paging.of("/me/state/objections", Map.of(), current, PAGE_SIZE, found.total())));
    }

    private TemplateInstance page(UUID id, String done, String reason, FormErrors errors) {
        Application application = accreditation.deskApplication(id);
        String bodyName = application.bodyId();
        try {
            bodyName = accreditation.body(application.bodyId()).name();
        } catch (Refusal refusal) {
            if (refusal.status() >= 500) {
                throw refusal;
            }
        }
        return reader.render(Templates.application(
                application,
                bodyName,
                application.nonObjectionEndsAt() == null
                        ? null
                        : reader.moment(application.nonObjectionEndsAt(), "UTC"),
                accreditation.deskHistory(id).stream()
                        .map(step -> new AccreditationDesk.HistoryStep(step, reader.moment(step.at(), "UTC")))
                        .toList(),
                reason,
                done,
                errors));
    }
}
