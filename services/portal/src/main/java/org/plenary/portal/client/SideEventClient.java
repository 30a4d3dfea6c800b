package org.plenary.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
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
}
