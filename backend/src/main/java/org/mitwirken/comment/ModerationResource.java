package org.mitwirken.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.mitwirken.common.Viewer;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.participation.DecisionRequest;

@Path("/api/v1/moderation")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class ModerationResource {

    @Inject
    CommentService service;

    @Inject
    Viewer viewer;

    @GET
    @Path("/queue")
    @Operation(operationId = "moderationQueue", summary = "Pending and reported comments, oldest first")
    public List<ModerationItem> queue() {
        return service.queue();
    }

    @POST
    @Path("/comments/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideOnComment", summary = "Approve, hide or reject a comment",
            description = "Hiding and rejecting need a reason, which the author sees; open reports are resolved.")
    public CommentResponse decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return service.decide(id, request, viewer.actor());
    }

    @GET
    @Path("/decisions")
    @Operation(operationId = "moderationLog", summary = "All moderation decisions, newest first",
            description = "With the comment each concerns, so a hidden or rejected comment can be decided again.")
    public DecisionLogPage log(@Valid @BeanParam PageRequest paging) {
        return service.decisionLog(paging);
    }

    @GET
    @Path("/comments/{id}/decisions")
    @Operation(operationId = "listCommentDecisions", summary = "The history of decisions on a comment")
    public List<DecisionResponse> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
