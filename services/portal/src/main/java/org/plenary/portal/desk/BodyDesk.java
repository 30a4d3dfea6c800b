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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.DeskViews.BodyDetail;
import org.plenary.portal.client.DeskViews.BodyRequest;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.me.Forms;
import org.plenary.portal.page.Paging;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Reader;

/**
 * The secretariat's bodies: the list, the form that defines a body or changes its policy (the non-objection period,
 * the ECOSOC fast track, what is disclosed of objections, what becomes of a revoked organisation's submissions), and
 * closing and reopening its accreditation. The accreditation service decides; its refusal is shown next to the
 * field it names, with what was typed kept.
 */
@Path("/me/desk/bodies")
public class BodyDesk {

    static final int PAGE_SIZE = 20;
    static final List<String> FAST_TRACKS = List.of("ON_CONFIRMATION", "AUTOMATIC");
    static final List<String> DISCLOSURES = List.of("REASON_ONLY", "STATE_AND_REASON", "NONE");
    static final List<String> REVOKED_SUBMISSIONS = List.of("KEEP_MARKED", "WITHDRAW");

    /** What the officer typed (or, to edit, what the body holds). */
    public record BodyForm(
            String id,
            String name,
            String nonObjectionDays,
            String ecosocFastTrack,
            String objectionDisclosure,
            boolean accreditationOpen,
            String revokedSubmissions) {

        static BodyForm empty() {
            return new BodyForm("", "", "30", "ON_CONFIRMATION", "REASON_ONLY", true, "KEEP_MARKED");
        }

        static BodyForm of(BodyDetail body) {
            return new BodyForm(
                    body.id(),
                    body.name(),
                    String.valueOf(body.nonObjectionDays()),
                    body.ecosocFastTrack(),
                    body.objectionDisclosure(),
                    body.accreditationOpen(),
                    body.revokedSubmissions());
        }

        BodyRequest request() {
            return new BodyRequest(
                    Forms.blankToNull(id),
                    Forms.blankToNull(name),
                    Forms.blankToNull(nonObjectionDays),
                    Forms.blankToNull(ecosocFastTrack),
                    Forms.blankToNull(objectionDisclosure),
                    accreditationOpen,
                    Forms.blankToNull(revokedSubmissions));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bodies(List<Body> bodies, long total, Paging paging);

        static native TemplateInstance form(
                BodyDetail body,
                String action,
                List<String> fastTracks,
                List<String> disclosures,
                List<String> revokedSubmissions,
                BodyForm form,
                String done,
                FormErrors errors);
    }

    private final AccreditationClient accreditation;
    private final Reader reader;

    public BodyDesk(@RestClient AccreditationClient accreditation, Reader reader) {
        this.accreditation = accreditation;
        this.reader = reader;
    }

    @GET
    public TemplateInstance bodies(@QueryParam("page") @DefaultValue("1") int page) {
        int current = Math.max(1, page);
        Page<Body> found = accreditation.bodies(current - 1, PAGE_SIZE);
        return reader.render(Templates.bodies(
                found.items(),
                found.total(),
                Paging.of("/me/desk/bodies", Map.of(), current, PAGE_SIZE, found.total())));
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        return form(null, BodyForm.empty(), null, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> define(
            @FormParam("id") String id,
            @FormParam("name") String name,
            @FormParam("nonObjectionDays") String nonObjectionDays,
            @FormParam("ecosocFastTrack") String ecosocFastTrack,
            @FormParam("objectionDisclosure") String objectionDisclosure,
            @FormParam("accreditationOpen") String accreditationOpen,
            @FormParam("revokedSubmissions") String revokedSubmissions) {
        BodyForm form = typed(
                id,
                name,
                nonObjectionDays,
                ecosocFastTrack,
                objectionDisclosure,
                accreditationOpen,
                revokedSubmissions);
        try {
            BodyDetail defined = accreditation.defineBody(form.request());
            return Forms.seeOther("/me/desk/bodies/" + defined.id() + "?done=created");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(Forms.status(refusal), form(null, form, null, FormErrors.of(refusal)));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance editForm(@PathParam("id") String id, @QueryParam("done") String done) {
        BodyDetail body = accreditation.bodyDetail(id);
        return form(body, BodyForm.of(body), done, FormErrors.none());
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> update(
            @PathParam("id") String id,
            @FormParam("name") String name,
            @FormParam("nonObjectionDays") String nonObjectionDays,
            @FormParam("ecosocFastTrack") String ecosocFastTrack,
            @FormParam("objectionDisclosure") String objectionDisclosure,
            @FormParam("revokedSubmissions") String revokedSubmissions) {
        BodyDetail body = accreditation.bodyDetail(id);
        // Whether it takes applications is changed by closing or reopening, never by this form.
        BodyForm form = typed(
                id,
                name,
                nonObjectionDays,
                ecosocFastTrack,
                objectionDisclosure,
                body.accreditationOpen() ? "true" : null,
                revokedSubmissions);
        try {
            accreditation.updateBody(id, form.request());
            return Forms.seeOther("/me/desk/bodies/" + id + "?done=saved");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(Forms.status(refusal), form(body, form, null, FormErrors.of(refusal)));
        }
    }

    /** Closes the body's accreditation (no new applications), or reopens it. */
    @POST
    @Path("/{id}/accreditation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> accreditation(
            @PathParam("id") String id, @FormParam("action") String action) {
        try {
            if ("reopen".equals(action)) {
                accreditation.reopenAccreditation(id);
                return Forms.seeOther("/me/desk/bodies/" + id + "?done=reopened");
            }
            accreditation.closeAccreditation(id);
            return Forms.seeOther("/me/desk/bodies/" + id + "?done=closed");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            BodyDetail body = accreditation.bodyDetail(id);
            return RestResponse.status(
                    Forms.status(refusal),
                    form(body, BodyForm.of(body), null, FormErrors.at("accreditation", refusal.detail())));
        }
    }

    private static BodyForm typed(
            String id,
            String name,
            String nonObjectionDays,
            String ecosocFastTrack,
            String objectionDisclosure,
            String accreditationOpen,
            String revokedSubmissions) {
        return new BodyForm(
                Forms.orEmpty(id),
                Forms.orEmpty(name),
                Forms.orEmpty(nonObjectionDays),
                Forms.orEmpty(ecosocFastTrack),
                Forms.orEmpty(objectionDisclosure),
                accreditationOpen != null,
                Forms.orEmpty(revokedSubmissions));
    }

    private TemplateInstance form(BodyDetail body, BodyForm form, String done, FormErrors errors) {
        return reader.render(Templates.form(
                body,
                body == null ? "/me/desk/bodies" : "/me/desk/bodies/" + body.id(),
                FAST_TRACKS,
                DISCLOSURES,
                REVOKED_SUBMISSIONS,
                form,
                done,
                errors));
    }
}
