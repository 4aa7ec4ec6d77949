package org.mitwirken.account;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.SelfService;
import org.mitwirken.common.validation.OneOf;

@Path("/api/v1/me/data")
@Tag(name = "Account")
@Authenticated
@SelfService
public class AccountResource {

    @Inject
    AccountService service;

    @Inject
    Viewer viewer;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportMyData", summary = "Download everything stored about my account (JSON)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountExport.class)))
    public Response export() {
        viewer.requireAccount();
        return Response.ok(service.export(viewer.actor()))
                .header("Content-Disposition", "attachment; filename=\"mitwirken-meine-daten.json\"").build();
    }

    @DELETE
    @Operation(operationId = "eraseMyData", summary = "Erase my account's data",
            description = "Comments and map contributions are deleted or kept without name, as chosen; supports and "
                    + "ballots go or stay counted without a trace to the account; staff work keeps the act, not the "
                    + "name. The login itself is deleted in the Keycloak account console.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase(@QueryParam("contributions") @NotNull @OneOf(ErasureMode.class) @Parameter(required = true,
            schema = @Schema(implementation = ErasureMode.class),
            description = "DELETE removes my contributions; ANONYMISE keeps them without my name") String contributions) {
        service.erase(viewer.requireAccount(), ErasureMode.valueOf(contributions));
    }
}
