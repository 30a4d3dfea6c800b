package org.plenary.portal.me;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.Views.Application;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Delegate;
import org.plenary.portal.client.Views.Eligibility;
import org.plenary.portal.client.Views.Register;
import org.plenary.portal.client.Views.Registration;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * The signed-in pages (under {@code /me}, which needs sign-in): a focal point's dashboard, a session's eligibility
 * explainer and the register-a-delegate form. Each call carries the user's access token, so the services decide
 * what the user's organisation may see and do; the portal shows their answers and their refusals.
 */
@Path("/me")
public class SignedInPages {

    /** An application as the dashboard lists it. */
    public record ApplicationLine(Application application, String bodyName, Moment submitted) {}

    /** A registration as the dashboard lists it. */
    public record RegistrationLine(Registration registration, String sessionTitle) {}

    /** What the reader typed into the form, to show it again beside a refusal. */
    public record DelegateForm(
            String name, String email, String function, boolean headOfDelegation, boolean joinWaitingList) {

        static DelegateForm empty() {
            return new DelegateForm("", "", "", false, false);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(
                String user,
                List<ApplicationLine> applications,
                List<RegistrationLine> registrations,
                List<String> refusals);

        static native TemplateInstance eligibility(Session session, Moment deadline, Eligibility eligibility);

        static native TemplateInstance register(Session session, Moment deadline, DelegateForm form, FormErrors errors);

        static native TemplateInstance registered(Session session, Registration registration);
    }

    private final AccreditationClient accreditation;
    private final RegistrationClient registration;
    private final Reader reader;
    private final SecurityIdentity identity;

    public SignedInPages(
            @RestClient AccreditationClient accreditation,
            @RestClient RegistrationClient registration,
            Reader reader,
            SecurityIdentity identity) {
        this.accreditation = accreditation;
        this.registration = registration;
        this.reader = reader;
        this.identity = identity;
    }

    @GET
    public RestResponse<TemplateInstance> dashboard() {
        // The secretariat's and a state's focal point's pages are their desks: an organisation's dashboard is not.
        if (identity.hasRole("secretariat")) {
            return Forms.seeOther("/me/desk");
        }
        if (identity.hasRole("state")) {
            return Forms.seeOther("/me/state");
        }
        List<String> refusals = new ArrayList<>();
        List<ApplicationLine> applications = List.of();
        try {
            Map<String, String> bodies = accreditation.bodies(0, 100).items().stream()
                    .collect(Collectors.toMap(Body::id, Body::name, (a, b) -> a));
            applications = accreditation.applications(0, 100).items().stream()
                    .map(app -> new ApplicationLine(
                            app,
                            bodies.getOrDefault(app.bodyId(), app.bodyId()),
                            reader.moment(app.submittedAt(), "UTC")))
                    .toList();
        } catch (Refusal refusal) {
            refusals.add(refused(refusal));
        }
        List<RegistrationLine> registrations = List.of();
        try {
            List<Registration> all = registration.registrations(0, 100).items();
            Map<UUID, String> titles = new LinkedHashMap<>();
            for (UUID sessionId :
                    all.stream().map(Registration::sessionId).distinct().toList()) {
                titles.put(sessionId, registration.session(sessionId).title());
            }
            registrations = all.stream()
                    .map(r -> new RegistrationLine(r, titles.get(r.sessionId())))
                    .toList();
        } catch (Refusal refusal) {
            refusals.add(refused(refusal));
        }
        return RestResponse.ok(reader.render(
                Templates.dashboard(identity.getPrincipal().getName(), applications, registrations, refusals)));
    }

    @GET
    @Path("/sessions/{sessionId}/eligibility")
    public TemplateInstance eligibility(@PathParam("sessionId") UUID sessionId) {
        Session session = registration.session(sessionId);
        return reader.render(Templates.eligibility(session, deadline(session), registration.eligibility(sessionId)));
    }

    @GET
    @Path("/sessions/{sessionId}/register")
    public TemplateInstance registerForm(@PathParam("sessionId") UUID sessionId) {
        Session session = registration.session(sessionId);
        return reader.render(Templates.register(session, deadline(session), DelegateForm.empty(), FormErrors.none()));
    }

    @POST
    @Path("/sessions/{sessionId}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> register(
            @PathParam("sessionId") UUID sessionId,
            @FormParam("delegate.name") String name,
            @FormParam("delegate.email") String email,
            @FormParam("delegate.function") String function,
            @FormParam("delegate.headOfDelegation") String head,
            @FormParam("joinWaitingList") String waitingList) {
        Session session = registration.session(sessionId);
        DelegateForm form =
                new DelegateForm(orEmpty(name), orEmpty(email), orEmpty(function), head != null, waitingList != null);
        try {
            Registration registered = registration.register(
                    sessionId,
                    new Register(
                            new Delegate(
                                    form.name(),
                                    form.email(),
                                    form.function().isBlank() ? null : form.function(),
                                    form.headOfDelegation()),
                            form.joinWaitingList()));
            return RestResponse.status(
                    RestResponse.Status.CREATED, reader.render(Templates.registered(session, registered)));
        } catch (Refusal refusal) {
            if (refusal.status() >= 500 || refusal.notFound()) {
                throw refusal;
            }
            return RestResponse.status(
                    RestResponse.Status.fromStatusCode(refusal.status()),
                    reader.render(Templates.register(session, deadline(session), form, FormErrors.of(refusal))));
        }
    }

    private Moment deadline(Session session) {
        return reader.moment(session.registrationDeadline(), session.timeZone());
    }

    private static String refused(Refusal refusal) {
        if (refusal.status() >= 500) {
            throw refusal;
        }
        return refusal.detail();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
