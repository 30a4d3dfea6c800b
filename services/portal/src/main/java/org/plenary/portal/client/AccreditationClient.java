package org.plenary.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
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

    /** The whole body, as the secretariat's body form shows it. */
    @GET
    @Path("/bodies/{id}")
    DeskViews.BodyDetail bodyDetail(@PathParam("id") String id);

    @POST
    @Path("/bodies")
    DeskViews.BodyDetail defineBody(DeskViews.BodyRequest request);

    @jakarta.ws.rs.PUT
    @Path("/bodies/{id}")
    DeskViews.BodyDetail updateBody(@PathParam("id") String id, DeskViews.BodyRequest request);

    @POST
    @Path("/bodies/{id}/accreditation/close")
    DeskViews.BodyDetail closeAccreditation(@PathParam("id") String id);

    @POST
    @Path("/bodies/{id}/accreditation/reopen")
    DeskViews.BodyDetail reopenAccreditation(@PathParam("id") String id);

    @GET
    @Path("/ecosoc-list")
    DeskViews.EcosocList ecosocList();

    @jakarta.ws.rs.PUT
    @Path("/ecosoc-list")
    @jakarta.ws.rs.Consumes("text/csv")
    DeskViews.EcosocList replaceEcosocList(@QueryParam("listDate") String listDate, String csv);

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

    // The secretariat's desk and the states' focal points

    @GET
    @Path("/applications")
    Page<DeskViews.Application> queue(
            @QueryParam("bodyId") String bodyId,
            @QueryParam("status") String status,
            @QueryParam("q") String search,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/applications/{id}")
    DeskViews.Application deskApplication(@PathParam("id") UUID id);

    @GET
    @Path("/applications/{id}/history")
    List<DeskViews.Step> deskHistory(@PathParam("id") UUID id);

    /** One of the secretariat's transitions ({@code ecosoc-match}, {@code clearance}, {@code decision}, ...). */
    @POST
    @Path("/applications/{id}/{action}")
    DeskViews.Application act(
            @PathParam("id") UUID id, @PathParam("action") String action, Map<String, Object> request);

    @GET
    @Path("/bodies/{id}/non-objection")
    Page<DeskViews.Application> nonObjection(
            @PathParam("id") String bodyId, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/applications/{id}/objections")
    DeskViews.Application object(@PathParam("id") UUID id, FocalPointViews.ReasonBody reason);

    @GET
    @Path("/states/me/followed-bodies")
    DeskViews.FollowedBodies followedBodies();

    @PUT
    @Path("/states/me/followed-bodies")
    DeskViews.FollowedBodies follow(DeskViews.FollowedBodies request);

    @GET
    @Path("/states/me/non-objection")
    Page<DeskViews.Application> followedNonObjection(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/objections")
    Page<DeskViews.OwnObjection> ownObjections(
            @QueryParam("bodyId") String bodyId, @QueryParam("page") int page, @QueryParam("size") int size);
}
