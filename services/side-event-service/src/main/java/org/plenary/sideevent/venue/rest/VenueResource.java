package org.plenary.sideevent.venue.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.sideevent.venue.service.VenueService;

/** The session's rooms and side-event slots: the secretariat sets them up, anyone may read them. */
@Path("/sessions/{sessionId}")
@Tag(name = "Venue")
public class VenueResource {

    private final VenueService venue;
    private final Caller caller;

    public VenueResource(VenueService venue, Caller caller) {
        this.venue = venue;
        this.caller = caller;
    }

    @GET
    @Path("/rooms")
    @PermitAll
    @Operation(summary = "The session's rooms")
    public Uni<List<RoomView>> rooms(@PathParam("sessionId") UUID sessionId) {
        return venue.rooms(sessionId);
    }

    @POST
    @Path("/rooms")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Add a room: name, capacity, equipment (secretariat)")
    @APIResponseSchema(value = RoomView.class, responseCode = "201", responseDescription = "Created")
    public Uni<RestResponse<RoomView>> addRoom(
            @PathParam("sessionId") UUID sessionId, @NotNull @Valid RoomRequest request) {
        return venue.addRoom(sessionId, request, caller.actor())
                .map(room -> RestResponse.ResponseBuilder.<RoomView>created(
                                URI.create("/sessions/" + sessionId + "/rooms/" + room.id()))
                        .entity(room)
                        .build());
    }

    @PUT
    @Path("/rooms/{roomId}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Change a room; its capacity may not go below an approved event's attendance (secretariat)")
    public Uni<RoomView> updateRoom(
            @PathParam("sessionId") UUID sessionId,
            @PathParam("roomId") UUID roomId,
            @NotNull @Valid RoomRequest request) {
        return venue.updateRoom(sessionId, roomId, request, caller.actor());
    }

    @GET
    @Path("/slots")
    @PermitAll
    @Operation(summary = "The session's side-event slots, in UTC and in venue time")
    public Uni<List<SlotView>> slots(@PathParam("sessionId") UUID sessionId) {
        return venue.slots(sessionId);
    }

    @POST
    @Path("/slots")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Add a slot: start instant and duration in minutes, default 50 (secretariat)")
    @APIResponseSchema(value = SlotView.class, responseCode = "201", responseDescription = "Created")
    public Uni<RestResponse<SlotView>> addSlot(
            @PathParam("sessionId") UUID sessionId, @NotNull @Valid SlotRequest request) {
        return venue.addSlot(sessionId, request, caller.actor())
                .map(slot -> RestResponse.ResponseBuilder.<SlotView>created(
                                URI.create("/sessions/" + sessionId + "/slots/" + slot.id()))
                        .entity(slot)
                        .build());
    }

    @POST
    @Path("/slots/standard")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Add the standard 50-minute slots (morning, lunch time, evening, in venue time) of every day of"
                    + " the session that it lacks; returns all its slots (secretariat)")
    public Uni<List<SlotView>> addStandardSlots(
            @PathParam("sessionId") UUID sessionId, @Valid StandardSlotsRequest request) {
        return venue.addStandardSlots(
                sessionId, (request == null ? new StandardSlotsRequest(null) : request).periodsOrAll(), caller.actor());
    }
}
