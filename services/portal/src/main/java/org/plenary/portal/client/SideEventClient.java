package org.plenary.portal.client;

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
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Programme;

/** The side-event service (port 8083). */
@RegisterRestClient(configKey = "side-event")
@RegisterClientHeaders(SignedInUserToken.class)
@RegisterProvider(RefusalMapper.class)
public interface SideEventClient {

    @GET
    @Path("/sessions/{id}/programme")
    Programme programme(@PathParam("id") UUID sessionId);

    @GET
    @Path("/sessions/{id}/programme.ics")
    @Produces("text/calendar")
    String calendar(@PathParam("id") UUID sessionId);

    // A focal point's own proposals

    @GET
    @Path("/sessions/{id}/slots")
    List<FocalPointViews.Slot> slots(@PathParam("id") UUID sessionId);

    @POST
    @Path("/sessions/{id}/proposals")
    FocalPointViews.Proposal propose(@PathParam("id") UUID sessionId, FocalPointViews.ProposalRequest request);

    @GET
    @Path("/proposals")
    Page<FocalPointViews.Proposal> proposals(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/proposals/{id}")
    FocalPointViews.Proposal proposal(@PathParam("id") UUID id);

    @GET
    @Path("/proposals/{id}/history")
    List<FocalPointViews.Transition> proposalHistory(@PathParam("id") UUID id);

    @PUT
    @Path("/proposals/{id}")
    FocalPointViews.Proposal update(@PathParam("id") UUID id, FocalPointViews.ProposalRequest request);

    // The secretariat's side-event desk

    @GET
    @Path("/sessions/{id}/rooms")
    List<DeskViews.Room> rooms(@PathParam("id") UUID sessionId);

    @POST
    @Path("/sessions/{id}/rooms")
    DeskViews.Room addRoom(@PathParam("id") UUID sessionId, DeskViews.RoomRequest request);

    @POST
    @Path("/sessions/{id}/slots/standard")
    List<FocalPointViews.Slot> addStandardSlots(@PathParam("id") UUID sessionId, DeskViews.StandardSlots request);

    @GET
    @Path("/proposals")
    Page<FocalPointViews.Proposal> sessionProposals(
            @QueryParam("sessionId") UUID sessionId,
            @QueryParam("status") String status,
            @QueryParam("q") String search,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/proposals/{id}/history")
    List<DeskViews.Step> deskProposalHistory(@PathParam("id") UUID id);

    @POST
    @Path("/proposals/{id}/approval")
    FocalPointViews.Proposal approve(@PathParam("id") UUID id, DeskViews.Approval request);

    @POST
    @Path("/proposals/{id}/rejection")
    FocalPointViews.Proposal reject(@PathParam("id") UUID id, FocalPointViews.ReasonBody request);
}
