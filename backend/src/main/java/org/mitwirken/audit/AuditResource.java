package org.mitwirken.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.paging.PageRequest;

@Path("/api/v1/audit-log")
@Tag(name = "Audit log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditService service;

    @GET
    @Operation(operationId = "auditLog", summary = "State-changing calls by admins and moderators, newest first",
            description = "Who did what and when, including calls the server refused (status 4xx).")
    public AuditLogPage log(@Valid @BeanParam PageRequest paging,
            @QueryParam("actor") @Size(max = 255) @Parameter(description = "Only the actions of the account with "
                    + "this login name or subject") String actor) {
        return service.log(actor, paging);
    }
}
