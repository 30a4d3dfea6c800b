package org.plenary.portal.me.accreditation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.FocalPointViews.ApplicationDetail;
import org.plenary.portal.client.FocalPointViews.Apply;
import org.plenary.portal.client.FocalPointViews.NoteBody;
import org.plenary.portal.client.FocalPointViews.Profile;
import org.plenary.portal.client.FocalPointViews.ReasonBody;
import org.plenary.portal.client.FocalPointViews.Transition;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.me.Forms;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * A focal point's applications for accreditation (accreditation service): apply to a body with the organisation's
 * profile; follow an application's status and history, the secretariat's request for information and the
 * objections as the service discloses them; answer the request; withdraw.
 */
@Path("/me/applications")
public class ApplicationPages {

    /** Where the application may still be withdrawn (the service decides; the button is only offered there). */
    private static final Set<String> WITHDRAWABLE =
            Set.of("SUBMITTED", "INFORMATION_REQUESTED", "NON_OBJECTION", "OBJECTED");

    /** Rules that are about the body chosen. */
    private static final Map<String, String> BODY_RULES =
            Map.of("accreditation-closed", "bodyId", "application-already-active", "bodyId");

    /** What the reader typed into the application form. */
    public record ApplyForm(String bodyId, Profile profile) {}

    /** One step of the history, with its time in the reader's zone. */
    public record Step(Transition transition, Moment at) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance apply(List<Body> bodies, ApplyForm form, FormErrors errors);

        static native TemplateInstance application(
                ApplicationDetail application,
                String bodyName,
                Moment submitted,
                Moment nonObjectionEnds,
                String informationRequest,
                List<Step> history,
                boolean withdrawable,
                String done,
                String answer,
                FormErrors errors);
    }

    private final AccreditationClient accreditation;
    private final Reader reader;

    public ApplicationPages(@RestClient AccreditationClient accreditation, Reader reader) {
        this.accreditation = accreditation;
        this.reader = reader;
    }

    @GET
    @Path("/new")
    public TemplateInstance applyForm(@QueryParam("bodyId") String bodyId) {
        ApplyForm form = new ApplyForm(Forms.orEmpty(bodyId), new Profile("", "", "", "", "", "", "", ""));
        return reader.render(Templates.apply(bodies(), form, FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> apply(
            @FormParam("bodyId") String bodyId,
            @FormParam("organisation.name") String name,
            @FormParam("organisation.acronym") String acronym,
            @FormParam("organisation.country") String country,
            @FormParam("organisation.type") String type,
            @FormParam("organisation.website") String website,
            @FormParam("organisation.contactEmail") String contactEmail,
            @FormParam("organisation.description") String description,
            @FormParam("organisation.ecosocStatus") String ecosocStatus) {
        ApplyForm form = new ApplyForm(
                Forms.orEmpty(bodyId),
                new Profile(
                        Forms.orEmpty(name),
                        Forms.orEmpty(acronym),
                        Forms.orEmpty(country).toUpperCase(java.util.Locale.ROOT),
                        Forms.orEmpty(type),
                        Forms.orEmpty(website),
                        Forms.orEmpty(contactEmail),
                        Forms.orEmpty(description),
                        Forms.orEmpty(ecosocStatus)));
        Profile typed = form.profile();
        try {
            ApplicationDetail applied = accreditation.apply(new Apply(
                    form.bodyId(),
                    new Profile(
                            typed.name(),
                            Forms.blankToNull(typed.acronym()),
                            Forms.blankToNull(typed.country()),
                            Forms.blankToNull(typed.type()),
                            Forms.blankToNull(typed.website()),
                            typed.contactEmail(),
                            Forms.blankToNull(typed.description()),
                            Forms.blankToNull(typed.ecosocStatus()))));
            return Forms.seeOther("/me/applications/" + applied.id() + "?done=applied");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    reader.render(Templates.apply(bodies(), form, FormErrors.of(refusal, BODY_RULES))));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance application(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, "", FormErrors.none());
    }

    @POST
    @Path("/{id}/information")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> answer(@PathParam("id") UUID id, @FormParam("reason") String answer) {
        try {
            accreditation.provideInformation(id, new ReasonBody(Forms.orEmpty(answer)));
            return Forms.seeOther("/me/applications/" + id + "?done=answered");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal), page(id, null, Forms.orEmpty(answer), FormErrors.of(refusal)));
        }
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> withdraw(@PathParam("id") UUID id, @FormParam("note") String note) {
        try {
            accreditation.withdraw(id, new NoteBody(Forms.blankToNull(note)));
            return Forms.seeOther("/me/applications/" + id + "?done=withdrawn");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal), page(id, null, "", FormErrors.of(refusal, Map.of(refusal.rule(), "note"))));
        }
    }

    private TemplateInstance page(UUID id, String done, String answer, FormErrors errors) {
        ApplicationDetail application = accreditation.application(id);
        List<Transition> history = accreditation.applicationHistory(id);
        String request = null;
        if ("INFORMATION_REQUESTED".equals(application.status())) {
            for (Transition step : history) {
                if ("INFORMATION_REQUESTED".equals(step.to())) {
                    request = step.reason();
                }
            }
        }
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
                reader.moment(application.submittedAt(), "UTC"),
                application.nonObjectionEndsAt() == null
                        ? null
                        : reader.moment(application.nonObjectionEndsAt(), "UTC"),
                request,
                history.stream()
                        .map(t -> new Step(t, reader.moment(t.at(), "UTC")))
                        .toList(),
                WITHDRAWABLE.contains(application.status()),
                done,
                answer,
                errors));
    }

    private List<Body> bodies() {
        return accreditation.bodies(0, 100).items();
    }
}
