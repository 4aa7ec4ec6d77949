package org.mitwirken.synthesis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.common.validation.OneOf;
import org.mitwirken.synthesis.SynthesisDtos.LinkRequest;
import org.mitwirken.synthesis.SynthesisDtos.ObservationRequest;
import org.mitwirken.synthesis.SynthesisDtos.ObservationView;
import org.mitwirken.synthesis.SynthesisDtos.PoolItem;
import org.mitwirken.synthesis.SynthesisDtos.ResponseRequest;
import org.mitwirken.synthesis.SynthesisDtos.ResponseView;

/** Staff work on the input pool: observations, links to fields of action and goals, official responses. */
@Path("/api/v1/synthesis")
@Tag(name = "Synthesis")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class SynthesisResource {

    @Inject
    SynthesisService synthesis;

    @Inject
    ObservationService observations;

    @Inject
    Viewer viewer;

    @GET
    @Path("/inputs")
    @Operation(operationId = "listInputPool", summary = "Every published input with its links (staff)")
    public List<PoolItem> pool(
            @QueryParam("kind") @OneOf(InputKind.class) @Parameter(schema = @Schema(implementation = InputKind.class))
            String kind,
            @QueryParam("format") @Parameter(description = "Slug of a format") String format,
            @QueryParam("linked") @Parameter(description = "true: only linked input; false: only input not yet linked")
            Boolean linked) {
        return synthesis.pool(kind == null ? null : InputKind.valueOf(kind), format, linked);
    }

    @POST
    @Path("/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkInputs", summary = "Link inputs, one or many, to a field of action or goal",
            description = "Linking twice changes nothing.")
    @APIResponse(responseCode = "204", description = "Linked")
    public void link(@NotNull @Valid LinkRequest request) {
        synthesis.link(request, viewer.actor());
    }

    @DELETE
    @Path("/links")
    @Operation(operationId = "unlinkInput", summary = "Remove one input's link to a field of action or goal")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public void unlink(@QueryParam("kind") @NotNull @OneOf(InputKind.class)
            @Parameter(required = true, schema = @Schema(implementation = InputKind.class)) String kind,
            @QueryParam("ref") @NotBlank @Parameter(required = true) String ref,
            @QueryParam("fieldOfAction") @NotBlank @Parameter(required = true) String fieldOfAction,
            @QueryParam("goal") String goal) {
        synthesis.unlink(new InputKey(InputKind.valueOf(kind), ref), fieldOfAction, goal);
    }

    @POST
    @Path("/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordObservation", summary = "Record a walk stop or flip chart of an offline format")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationView.class)))
    public Response record(@NotNull @Valid ObservationRequest request) {
        return Response.status(Response.Status.CREATED).entity(observations.record(request, viewer.actor())).build();
    }

    @DELETE
    @Path("/observations/{id}")
    @Operation(operationId = "deleteObservation", summary = "Delete an observation")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteObservation(@PathParam("id") UUID id) {
        observations.delete(id);
    }

    @POST
    @Path("/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOfficialResponse", summary = "Record the city's response to inputs")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseView.class)))
    public Response respond(@NotNull @Valid ResponseRequest request) {
        return Response.status(Response.Status.CREATED).entity(synthesis.respond(request)).build();
    }

    @PUT
    @Path("/responses/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOfficialResponse", summary = "Change a response (needs `version`)")
    public ResponseView update(@PathParam("id") UUID id, @NotNull @Valid ResponseRequest request) {
        return synthesis.updateResponse(id, request);
    }

    @DELETE
    @Path("/responses/{id}")
    @Operation(operationId = "deleteOfficialResponse", summary = "Delete a response")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteResponse(@PathParam("id") UUID id) {
        synthesis.deleteResponse(id);
    }
}
