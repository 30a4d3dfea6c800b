package org.plenary.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.plenary.portal.client.Views.Eligibility;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Register;
import org.plenary.portal.client.Views.Registration;
import org.plenary.portal.client.Views.Session;

/** The registration service (port 8082). */
@RegisterRestClient(configKey = "registration")
@RegisterClientHeaders(SignedInUserToken.class)
@RegisterProvider(RefusalMapper.class)
public interface RegistrationClient {

    @GET
    @Path("/sessions")
    Page<Session> sessions(
            @QueryParam("bodyId") String bodyId, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/sessions/{id}")
    Session session(@PathParam("id") UUID sessionId);

    @GET
    @Path("/sessions/{id}/eligibility")
    Eligibility eligibility(@PathParam("id") UUID sessionId);

    @POST
    @Path("/sessions/{id}/registrations")
    Registration register(@PathParam("id") UUID sessionId, Register request);

    @GET
    @Path("/registrations")
    Page<Registration> registrations(@QueryParam("page") int page, @QueryParam("size") int size);
}
