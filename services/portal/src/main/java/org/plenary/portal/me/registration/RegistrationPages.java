package org.plenary.portal.me.registration;

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
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.FocalPointViews.NoteBody;
import org.plenary.portal.client.FocalPointViews.RegistrationDetail;
import org.plenary.portal.client.FocalPointViews.Substitute;
import org.plenary.portal.client.FocalPointViews.Transition;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.Views.Delegate;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.me.Forms;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * A focal point's registrations beyond the register form (registration service): a registration's seat, waiting-list rank, confirmation and history, and cancelling or
 * substituting a delegate (before the deadline: the service decides).
 */
@Path("/me/registrations")
public class RegistrationPages {

    /** One step of the history, with its time in the reader's zone. */
    public record Step(Transition transition, Moment at) {}

    /** The delegate typed into the substitution form. */
    public record DelegateForm(String name, String email, String function, boolean headOfDelegation) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance registration(
                RegistrationDetail registration,
                Session session,
                Moment deadline,
                Moment registered,
                List<Step> history,
                String done,
                DelegateForm form,
                FormErrors errors);
    }

    private final RegistrationClient registrations;
    private final Reader reader;

    public RegistrationPages(@RestClient RegistrationClient registrations, Reader reader) {
        this.registrations = registrations;
        this.reader = reader;
    }

    @GET
    @Path("/{id}")
    public TemplateInstance registration(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, new DelegateForm("", "", "", false), FormErrors.none());
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> cancel(@PathParam("id") UUID id, @FormParam("note") String note) {
        try {
            registrations.cancel(id, new NoteBody(Forms.blankToNull(note)));
            return Forms.seeOther("/me/registrations/" + id + "?done=cancelled");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal), page(id, null, new DelegateForm("", "", "", false), FormErrors.of(refusal)));
        }
    }

    @POST
    @Path("/{id}/substitution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> substitute(
            @PathParam("id") UUID id,
            @FormParam("delegate.name") String name,
            @FormParam("delegate.email") String email,
            @FormParam("delegate.function") String function,
            @FormParam("delegate.headOfDelegation") String head) {
        DelegateForm form =
                new DelegateForm(Forms.orEmpty(name), Forms.orEmpty(email), Forms.orEmpty(function), head != null);
        try {
            registrations.substitute(
                    id,
                    new Substitute(new Delegate(
                            form.name(), form.email(), Forms.blankToNull(form.function()), form.headOfDelegation())));
            return Forms.seeOther("/me/registrations/" + id + "?done=substituted");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(Forms.status(refusal), page(id, null, form, FormErrors.of(refusal)));
        }
    }

    private TemplateInstance page(UUID id, String done, DelegateForm form, FormErrors errors) {
        RegistrationDetail registration = registrations.registration(id);
        Session session = registrations.session(registration.sessionId());
        List<Step> history = registrations.registrationHistory(id).stream()
                .map(t -> new Step(t, reader.moment(t.at(), "UTC")))
                .toList();
        return reader.render(Templates.registration(
                registration,
                session,
                deadline(session),
                reader.moment(registration.registeredAt(), session.timeZone()),
                history,
                done,
                form,
                errors));
    }

    private Moment deadline(Session session) {
        return reader.moment(session.registrationDeadline(), session.timeZone());
    }
}
