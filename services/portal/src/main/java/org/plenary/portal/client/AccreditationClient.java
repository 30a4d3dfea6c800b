package org.plenary.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.plenary.portal.client.Views.AccreditedOrganisation;
import org.plenary.portal.client.Views.Application;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Statistics;

/** The accreditation service (port 8081). */
@RegisterRestClient(configKey = "accreditation")
@RegisterClientHeaders(SignedInUserToken.class)
@RegisterProvider(RefusalMapper.class)
public interface AccreditationClient {

    @GET
    @Path("/bodies")
    Page<Body> bodies(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/bodies/{id}")
    Body body(@PathParam("id") String id);

    @GET
    @Path("/bodies/{id}/accredited-organisations")
    Page<AccreditedOrganisation> accredited(
            @PathParam("id") String bodyId,
            @QueryParam("country") String country,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/bodies/{id}/statistics")
    Statistics statistics(@PathParam("id") String bodyId);

    @GET
    @Path("/applications")
    Page<Application> applications(@QueryParam("page") int page, @QueryParam("size") int size);

    // A focal point's own applications

    @POST
    @Path("/applications")
    FocalPointViews.ApplicationDetail apply(FocalPointViews.Apply request);

    @GET
    @Path("/applications/{id}")
    FocalPointViews.ApplicationDetail application(@PathParam("id") UUID id);

    @GET
    @Path("/applications/{id}/history")
    List<FocalPointViews.Transition> applicationHistory(@PathParam("id") UUID id);

    @POST
    @Path("/applications/{id}/information")
    FocalPointViews.ApplicationDetail provideInformation(@PathParam("id") UUID id, FocalPointViews.ReasonBody answer);

    @POST
    @Path("/applications/{id}/withdrawal")
    FocalPointViews.ApplicationDetail withdraw(@PathParam("id") UUID id, FocalPointViews.NoteBody note);
}
