package org.mitwirken.map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.participation.DecisionRequest;

@Path("/api/v1/moderation/map-contributions")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class MapModerationResource {

    @Inject
    MapContributionService service;

    @GET
    @Operation(operationId = "mapModerationQueue", summary = "Pending and reported map contributions, oldest first")
    public List<MapModerationItem> queue() {
        return service.queue();
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideOnMapContribution", summary = "Approve, hide or reject a map contribution",
            description = "Hiding and rejecting need a reason, which the author sees; open reports are resolved.")
    public MapContributionView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return service.decide(id, request);
    }
}
