package org.plenary.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A read of the test ledger over HTTP, to see what a request gets while the database is away. */
@Path("/ledger")
public class LedgerResource {

    @GET
    @Path("/{account}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Long>> balance(@PathParam("account") String account) {
        return Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select coalesce(sum(amount), 0) from ledger_entry where account = :account",
                                Long.class)
                        .setParameter("account", account)
                        .getSingleResult())
                .map(total -> Map.of("balance", total)));
    }
}
