package org.plenary.accreditation.statistics.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.accreditation.statistics.BodyStatistics;
import org.plenary.accreditation.statistics.service.StatisticsService;

/** The transparency page's figures: public, no organisation named, objections as the body's policy discloses. */
@Path("/bodies/{bodyId}/statistics")
@Tag(name = "Bodies")
public class StatisticsResource {

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The body's accreditation procedure in figures (public): applications by outcome, objections,"
                    + " median days to a decision, and which states objected and why as far as the body's policy"
                    + " discloses it")
    public Uni<BodyStatistics> get(@PathParam("bodyId") String bodyId) {
        return statistics.of(bodyId);
    }
}
