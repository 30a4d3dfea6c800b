package org.plenary.portal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
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

    /** The whole session, as the secretariat's session form shows it. */
    @GET
    @Path("/sessions/{id}")
    DeskViews.SessionDetail sessionDetail(@PathParam("id") UUID sessionId);

    @POST
    @Path("/sessions")
    DeskViews.SessionDetail createSession(DeskViews.SessionRequest request);

    @PUT
    @Path("/sessions/{id}")
    DeskViews.SessionDetail updateSession(@PathParam("id") UUID sessionId, DeskViews.SessionRequest request);

    @GET
    @Path("/sessions/{id}/eligibility")
    Eligibility eligibility(@PathParam("id") UUID sessionId);

    @POST
    @Path("/sessions/{id}/registrations")
    Registration register(@PathParam("id") UUID sessionId, Register request);

    @POST
    @Path("/sessions/{id}/registrations")
    Registration registerOnBehalf(@PathParam("id") UUID sessionId, DeskViews.RegisterOnBehalf request);

    @GET
    @Path("/registrations")
    Page<Registration> registrations(@QueryParam("page") int page, @QueryParam("size") int size);

    // A focal point's own registrations

    @PUT
    @Path("/sessions/{id}/nomination-letter")
    @Consumes("application/pdf")
    void uploadLetter(@PathParam("id") UUID sessionId, byte[] letter);

    @GET
    @Path("/registrations")
    Page<FocalPointViews.RegistrationDetail> ownRegistrations(
            @QueryParam("sessionId") UUID sessionId, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/registrations/{id}")
    FocalPointViews.RegistrationDetail registration(@PathParam("id") UUID id);

    @GET
    @Path("/registrations/{id}/history")
    List<FocalPointViews.Transition> registrationHistory(@PathParam("id") UUID id);

    @POST
    @Path("/registrations/{id}/cancellation")
    FocalPointViews.RegistrationDetail cancel(@PathParam("id") UUID id, FocalPointViews.NoteBody note);

    @POST
    @Path("/registrations/{id}/substitution")
    FocalPointViews.RegistrationDetail substitute(@PathParam("id") UUID id, FocalPointViews.Substitute request);

    // The secretariat's registrations desk

    @GET
    @Path("/registrations")
    Page<FocalPointViews.RegistrationDetail> participants(
            @QueryParam("sessionId") UUID sessionId,
            @QueryParam("organisationId") String organisationId,
            @QueryParam("status") String status,
            @QueryParam("q") String search,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/registrations/{id}/confirmation")
    FocalPointViews.RegistrationDetail confirm(@PathParam("id") UUID id);

    @POST
    @Path("/registrations/{id}/decline")
    FocalPointViews.RegistrationDetail decline(@PathParam("id") UUID id, FocalPointViews.ReasonBody reason);

    @GET
    @Path("/sessions/{id}/participants.csv")
    @Produces("text/csv")
    jakarta.ws.rs.core.Response participantsCsv(@PathParam("id") UUID sessionId);
}
