package org.plenary.portal.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.DeskViews.Application;
import org.plenary.portal.client.DeskViews.Step;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.me.Forms;
import org.plenary.portal.page.Paging;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * The secretariat's accreditation desk: the queue of applications by status and age, oldest first, searched by the
 * organisation's name; an application with its whole profile, its ECOSOC list match, the objections and the
 * history; and the transitions (confirm ECOSOC status, match it to the list, request information, clear for
 * non-objection, reject, record the body's decision, suspend, reinstate, revoke), each asking for the reason where
 * the rule needs one. The accreditation service decides every one of them; its refusal is shown beside the form.
 */
@Path("/me/desk/applications")
public class AccreditationDesk {

    static final int PAGE_SIZE = 20;

    /** The statuses the queue can be filtered by, in the order of the procedure. */
    static final List<String> STATUSES = List.of(
            "SUBMITTED",
            "INFORMATION_REQUESTED",
            "NON_OBJECTION",
            "OBJECTED",
            "ACCREDITED",
            "REJECTED",
            "WITHDRAWN",
            "SUSPENDED",
            "REVOKED");

    /** An application as the queue lists it: its body's name, when it came and how many days it has waited. */
    public record Line(Application application, String bodyName, Moment submitted, long ageDays) {}

    /** A step of the history, with its time in the reader's zone. */
    public record HistoryStep(Step step, Moment at) {}

    /** One transition's form, with what was typed where it was refused. */
    public record ActionForm(DeskAction action, String reason, String outcome, String name) {

        public String slug() {
            return action.slug;
        }

        public String id(String field) {
            return action.slug + "-" + field;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(
                List<Body> bodies,
                String bodyId,
                List<String> statuses,
                String status,
                String q,
                List<Line> lines,
                long total,
                Paging paging);

        static native TemplateInstance application(
                Application application,
                String bodyName,
                Moment submitted,
                long ageDays,
                Moment nonObjectionEnds,
                List<HistoryStep> history,
                List<ActionForm> actions,
                String done,
                FormErrors errors);
    }

    private final AccreditationClient accreditation;
    private final Reader reader;
    private final Clock clock;

    public AccreditationDesk(@RestClient AccreditationClient accreditation, Reader reader, Clock clock) {
        this.accreditation = accreditation;
        this.reader = reader;
        this.clock = clock;
    }

    @GET
    public TemplateInstance queue(
            @QueryParam("bodyId") String bodyId,
            @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page) {
        String body = Forms.blankToNull(bodyId);
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        String search = Forms.blankToNull(q);
        int current = Math.max(1, page);
        List<Body> bodies = accreditation.bodies(0, 100).items();
        Map<String, String> names = bodies.stream().collect(Collectors.toMap(Body::id, Body::name, (a, b) -> a));
        Page<Application> found = accreditation.queue(body, chosen, search, current - 1, PAGE_SIZE);
        Instant now = clock.instant();
        List<Line> lines = found.items().stream()
                .map(app -> new Line(
                        app,
                        names.getOrDefault(app.bodyId(), app.bodyId()),
                        reader.moment(app.submittedAt(), "UTC"),
                        ageDays(app.submittedAt(), now)))
                .toList();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("bodyId", body);
        query.put("status", chosen);
        query.put("q", search);
        return reader.render(Templates.queue(
                bodies,
                body == null ? "" : body,
                STATUSES,
                chosen == null ? "" : chosen,
                search == null ? "" : search,
                lines,
                found.total(),
                Paging.of("/me/desk/applications", query, current, PAGE_SIZE, found.total())));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance application(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, null, FormErrors.none());
    }

    @POST
    @Path("/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> act(
            @PathParam("id") UUID id,
            @PathParam("action") String slug,
            @FormParam("reason") String reason,
            @FormParam("outcome") String outcome,
            @FormParam("name") String name) {
        DeskAction action = DeskAction.of(slug).orElseThrow(NotFoundException::new);
        try {
            accreditation.act(id, action.slug, action.request(reason, outcome, name));
            return Forms.seeOther("/me/desk/applications/" + id + "?done=" + action.slug);
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            ActionForm typed =
                    new ActionForm(action, Forms.orEmpty(reason), Forms.orEmpty(outcome), Forms.orEmpty(name));
            FormErrors errors = FormErrors.of(refusal, Map.of(refusal.rule(), action.mainField()))
                    .prefixed(action.slug + "-");
            return RestResponse.status(Forms.status(refusal), page(id, null, typed, errors));
        }
    }

    private TemplateInstance page(UUID id, String done, ActionForm typed, FormErrors errors) {
        Application application = accreditation.deskApplication(id);
        List<Step> history = accreditation.deskHistory(id);
        String bodyName = application.bodyId();
        try {
            bodyName = accreditation.body(application.bodyId()).name();
        } catch (Refusal refusal) {
            if (refusal.status() >= 500) {
                throw refusal;
            }
        }
        List<ActionForm> actions = DeskAction.offeredAt(application.status(), application.claimsEcosoc()).stream()
                .map(action -> typed != null && typed.action() == action
                        ? typed
                        : new ActionForm(
                                action, "", "", application.organisation().name()))
                .collect(Collectors.toList());
        if (typed != null && !actions.contains(typed)) {
            // A form the status no longer offers was refused (the page was old): keep it, with the refusal beside it.
            actions.add(0, typed);
        }
        return reader.render(Templates.application(
                application,
                bodyName,
                reader.moment(application.submittedAt(), "UTC"),
                ageDays(application.submittedAt(), clock.instant()),
                application.nonObjectionEndsAt() == null
                        ? null
                        : reader.moment(application.nonObjectionEndsAt(), "UTC"),
                history.stream()
                        .map(step -> new HistoryStep(step, reader.moment(step.at(), "UTC")))
                        .toList(),
                actions,
                done,
                errors));
    }

    static long ageDays(Instant since, Instant now) {
        return since == null || now.isBefore(since)
                ? 0
                : Duration.between(since, now).toDays();
    }
}
