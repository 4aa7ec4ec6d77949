package org.mitwirken.opportunity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.http.BrieflyCached;
import org.mitwirken.common.paging.PageRequest;

@Path("/api/v1/opportunities")
@Tag(name = "Jetzt mitmachen")
public class OpportunityResource {

    @Inject
    OpportunityService service;

    @GET
    @BrieflyCached
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOpportunities", summary = "What anyone can take part in now, anywhere in the city",
            description = "Open surveys, open voting rounds and formats taking comments, of published formats in "
                    + "published processes; soonest closing first, then what stays open. Each says what it takes "
                    + "(`needs`), until when, where (`districts`) and where to read it in this API (`path`).")
    public OpportunityPage list(@Valid @BeanParam OpportunityQuery filter, @Valid @BeanParam PageRequest paging) {
        return service.list(filter, paging);
    }
}
