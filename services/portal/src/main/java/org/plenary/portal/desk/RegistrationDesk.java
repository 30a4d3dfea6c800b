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
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.DeskViews;
import org.plenary.portal.client.FocalPointViews.ReasonBody;
import org.plenary.portal.client.FocalPointViews.RegistrationDetail;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.Views;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.me.Forms;
import org.plenary.portal.page.Paging;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Reader;

/**
 * The secretariat's registrations desk, per session: the participants filtered by status and organisation (the
 * waiting list is the filter {@code WAITLISTED}, with each delegate's rank), confirming or declining the ones ticked
 * in one go, and the participants CSV passed through from the registration service. The registration service
 * decides each confirmation and decline: a refusal is shown beside that participant's row. Each participant's name
 * leads to the registration's page (its history, substituting and cancelling: the secretariat may at any time), and a
 * form registers a delegate on an organisation's behalf under the session's rules.
 */
@Path("/me/desk/registrations")
public class RegistrationDesk {

    static final int PAGE_SIZE = 50;
    static final List<String> STATUSES =
            List.of("PENDING", "CONFIRMED", "WAITLISTED", "CANCELLED", "DECLINED", "WITHDRAWN");

    /** The on-behalf registration form, as typed. */
    public record BehalfForm(
            String organisationId,
            String name,
            String email,
            String function,
            boolean headOfDelegation,
            boolean joinWaitingList) {

        static BehalfForm empty() {
            return new BehalfForm("", "", "", "", false, false);
        }
    }

    /** What became of one ticked participant: null where the service did it, else its words. */
    public record Outcome(RegistrationDetail registration, String refusal) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(List<Session> sessions, long total, Paging paging);

        static native TemplateInstance participants(
                Session session,
                List<String> statuses,
                String status,
                String organisationId,
                String q,
                List<RegistrationDetail> participants,
                Map<String, String> refusals,
                long total,
                Paging paging,
                String done,
                BehalfForm behalf,
                FormErrors errors);
    }

    private final RegistrationClient registration;
    private final Reader reader;

    public RegistrationDesk(@RestClient RegistrationClient registration, Reader reader) {
        this.registration = registration;
        this.reader = reader;
    }

    @GET
    public TemplateInstance sessions(@QueryParam("page") @DefaultValue("1") int page) {
        int current = Math.max(1, page);
        Page<Session> found = registration.sessions(null, current - 1, 20);
        return reader.render(Templates.sessions(
                found.items(),
                found.total(),
                Paging.of("/me/desk/registrations", Map.of(), current, 20, found.total())));
    }

    @GET
    @Path("/{sessionId}")
    public TemplateInstance participants(
            @PathParam("sessionId") UUID sessionId,
            @QueryParam("status") String status,
            @QueryParam("organisationId") String organisationId,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("done") String done) {
        return page(sessionId, status, organisationId, q, page, Map.of(), done, BehalfForm.empty(), FormErrors.none());
    }

    /**
     * Registers a delegate on an organisation's behalf: the registration service applies the session's rules as for
     * the organisation, and its refusal is shown on the form (its fields prefixed {@code behalf-}).
     */
    @POST
    @Path("/{sessionId}/on-behalf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> onBehalf(
            @PathParam("sessionId") UUID sessionId,
            @FormParam("organisationId") String organisationId,
            @FormParam("delegate.name") String name,
            @FormParam("delegate.email") String email,
            @FormParam("delegate.function") String function,
            @FormParam("delegate.headOfDelegation") String head,
            @FormParam("joinWaitingList") String waitingList) {
        BehalfForm form = new BehalfForm(
                Forms.orEmpty(organisationId),
                Forms.orEmpty(name),
                Forms.orEmpty(email),
                Forms.orEmpty(function),
                head != null,
                waitingList != null);
        try {
            registration.registerOnBehalf(
                    sessionId,
                    new DeskViews.RegisterOnBehalf(
                            new Views.Delegate(
                                    form.name(),
                                    form.email(),
                                    Forms.blankToNull(form.function()),
                                    form.headOfDelegation()),
                            form.joinWaitingList(),
                            Forms.blankToNull(form.organisationId())));
            return Forms.seeOther("/me/desk/registrations/" + sessionId + "?done=registered");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    page(
                            sessionId,
                            null,
                            null,
                            null,
                            1,
                            Map.of(),
                            null,
                            form,
                            FormErrors.of(refusal).prefixed("behalf-")));
        }
    }

    /** The participants CSV, as the registration service writes it (UTF-8 with a byte-order mark). */
    @GET
    @Path("/{sessionId}/participants.csv")
    public Response csv(@PathParam("sessionId") UUID sessionId) {
        try (Response csv = registration.participantsCsv(sessionId)) {
            Response.ResponseBuilder answer =
                    Response.ok(csv.readEntity(byte[].class)).type(csv.getMediaType());
            String disposition = csv.getHeaderString("Content-Disposition");
            if (disposition != null) {
                answer.header("Content-Disposition", disposition);
            }
            return answer.build();
        }
    }

    @POST
    @Path("/{sessionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> bulk(
            @PathParam("sessionId") UUID sessionId,
            @FormParam("action") String action,
            @FormParam("ids") List<UUID> ids,
            @FormParam("reason") String reason,
            @FormParam("status") String status,
            @FormParam("organisationId") String organisationId,
            @FormParam("q") String q) {
        List<UUID> ticked = ids == null ? List.of() : ids;
        Map<String, String> refusals = new LinkedHashMap<>();
        List<FormErrors.Item> summary = new ArrayList<>();
        int done = 0;
        for (UUID id : ticked) {
            try {
                if ("decline".equals(action)) {
                    registration.decline(id, new ReasonBody(Forms.orEmpty(reason)));
                } else {
                    registration.confirm(id);
                }
                done++;
            } catch (Refusal refusal) {
                Forms.shown(refusal);
                String words = refusal.fields().isEmpty()
                        ? refusal.detail()
                        : refusal.fields().get(0).field() + " "
                                + refusal.fields().get(0).message();
                refusals.put(id.toString(), words);
            }
        }
        String what = "decline".equals(action) ? "declined" : "confirmed";
        if (refusals.isEmpty()) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("status", Forms.blankToNull(status));
            query.put("organisationId", Forms.blankToNull(organisationId));
            query.put("q", Forms.blankToNull(q));
            query.put("done", what);
            return Forms.seeOther(org.plenary.portal.web.Links.withQuery("/me/desk/registrations/" + sessionId, query));
        }
        FormErrors errors = FormErrors.rows(refusals, "row-");
        return RestResponse.status(
                RestResponse.Status.CONFLICT,
                page(
                        sessionId,
                        status,
                        organisationId,
                        q,
                        1,
                        refusals,
                        done > 0 ? what : null,
                        BehalfForm.empty(),
                        errors));
    }

    private TemplateInstance page(
            UUID sessionId,
            String status,
            String organisationId,
            String q,
            int page,
            Map<String, String> refusals,
            String done,
            BehalfForm behalf,
            FormErrors errors) {
        Session session = registration.session(sessionId);
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        String organisation = Forms.blankToNull(organisationId);
        String search = Forms.blankToNull(q);
        int current = Math.max(1, page);
        Page<RegistrationDetail> found =
                registration.participants(sessionId, organisation, chosen, search, current - 1, PAGE_SIZE);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("status", chosen);
        query.put("organisationId", organisation);
        query.put("q", search);
        return reader.render(Templates.participants(
                session,
                STATUSES,
                chosen == null ? "" : chosen,
                organisation == null ? "" : organisation,
                search == null ? "" : search,
                found.items(),
                refusals,
                found.total(),
                Paging.of("/me/desk/registrations/" + sessionId, query, current, PAGE_SIZE, found.total()),
                done,
                behalf,
                errors));
    }
}
