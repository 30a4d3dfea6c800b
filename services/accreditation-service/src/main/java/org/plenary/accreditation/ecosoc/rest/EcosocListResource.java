package org.plenary.accreditation.ecosoc.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.accreditation.ecosoc.service.EcosocListService;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;

@Path("/ecosoc-list")
@Tag(name = "ECOSOC list")
public class EcosocListResource {

    private final EcosocListService list;
    private final Caller caller;

    public EcosocListResource(EcosocListService list, Caller caller) {
        this.list = list;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "The ECOSOC list in force: its date, when it was imported, how many organisations it names")
    public Uni<EcosocListView> get() {
        return list.current();
    }

    @PUT
    @Consumes("text/csv")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Import UN DESA's list of organisations in consultative status with ECOSOC, replacing the "
                    + "list in force (secretariat): CSV with the columns name,status,year[,website]; listDate is "
                    + "the published list's date")
    public Uni<EcosocListView> replace(@QueryParam("listDate") String listDate, String csv) {
        return list.replace(csv, date(listDate), caller.actor());
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("listDate", "is required: the date of the published list, e.g. 2026-09-01");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("listDate", "must be a date such as 2026-09-01");
        }
    }
}
