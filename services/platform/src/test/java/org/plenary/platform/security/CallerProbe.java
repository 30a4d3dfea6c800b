package org.plenary.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Endpoints of the platform's test application that answer with what {@link Caller} read from the token. */
@Path("/caller-probe")
@Produces(MediaType.TEXT_PLAIN)
public class CallerProbe {

    private final Caller caller;

    public CallerProbe(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/secretariat")
    @RolesAllowed(Roles.SECRETARIAT)
    public String secretariat() {
        return caller.actor().subject();
    }

    @GET
    @Path("/organisation")
    @RolesAllowed(Roles.ORGANISATION)
    public String organisation() {
        return caller.requireOrganisationId();
    }

    @GET
    @Path("/state")
    @RolesAllowed(Roles.STATE)
    public String state() {
        return caller.requireStateCode();
    }
}
