package org.mitwirken.comment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.http.BrieflyCached;
import org.mitwirken.common.http.PersonalAnswer;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.ReportRequest;
import org.mitwirken.common.privacy.SelfService;
import org.mitwirken.common.ratelimit.AnonymousWrites;
import org.mitwirken.common.validation.OneOf;

@Path("/api/v1/comments")
@Tag(name = "Comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    @Inject
    CommentService service;

    @Inject
    Viewer viewer;

    @Inject
    AnonymousWrites anonymousWrites;

    @GET
    @PermitAll
    @PersonalAnswer
    @BrieflyCached
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listComments", summary = "List the comments on an item",
            description = "Published comments, oldest first, replies flat with `parentId` and `depth`; a logged-in "
                    + "author also sees their own pending or rejected ones with the moderator's reason.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CommentPage.class)))
    @APIResponse(responseCode = "404", description = "No such item, or it is not published")
    public CommentPage list(
            @QueryParam("targetType") @NotNull @OneOf(CommentTargetType.class)
            @Parameter(required = true, schema = @Schema(implementation = CommentTargetType.class)) String targetType,
            @QueryParam("targetId") @NotNull @Parameter(required = true) UUID targetId,
            @Valid @BeanParam PageRequest paging) {
        return CommentPage.of(service.list(CommentTargetType.valueOf(targetType), targetId, paging, viewer.account()));
    }

    @POST
    @SelfService
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "createComment", summary = "Comment on an item or reply to a comment",
            description = "With login, or anonymously with a pseudonym where the format allows it. Under "
                    + "pre-moderation the comment is PENDING until a moderator approves it.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentCreatedResponse.class)))
    @APIResponse(responseCode = "401", description = "This item takes comments only from logged-in accounts")
    @APIResponse(responseCode = "403", description = "Comments are closed for this item")
    @APIResponse(responseCode = "404", description = "No such item, or it is not published")
    @APIResponse(responseCode = "429", description = "Too many contributions without login; see Retry-After")
    public Response create(@NotNull @Valid CommentRequest request, @Context UriInfo uri) {
        anonymousWrites.count();
        CommentCreatedResponse created = service.create(request, viewer.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.comment().id().toString()).build())
                .entity(created).build();
    }

    @DELETE
    @SelfService
    @Path("/{id}")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "withdrawComment", summary = "Withdraw one's own comment",
            description = "By login, or with the deletion token of an anonymous comment in `X-Deletion-Token`.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Neither the author's login nor the right deletion token")
    public void withdraw(@PathParam("id") UUID id,
            @HeaderParam("X-Deletion-Token") @Parameter(description = "Secret from the creation of an anonymous "
                    + "comment") String deletionToken) {
        service.withdraw(id, viewer.account(), deletionToken);
    }

    @POST
    @SelfService
    @Path("/{id}/support")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "supportComment", summary = "Support a comment (once per account)")
    @APIResponse(responseCode = "204", description = "Supported")
    @APIResponse(responseCode = "401", description = "Supporting needs a login")
    @APIResponse(responseCode = "409", description = "It is the caller's own comment")
    public void support(@PathParam("id") UUID id) {
        service.support(id, viewer.requireAccount(), true);
    }

    @DELETE
    @SelfService
    @Path("/{id}/support")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "withdrawCommentSupport", summary = "Withdraw one's support")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "401", description = "Supporting needs a login")
    public void withdrawSupport(@PathParam("id") UUID id) {
        service.support(id, viewer.requireAccount(), false);
    }

    @POST
    @SelfService
    @Path("/{id}/reports")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "reportComment", summary = "Report a comment to the moderators",
            description = "With or without login; an author cannot report their own comment.")
    @APIResponse(responseCode = "202", description = "Reported; a moderator will look at it")
    @APIResponse(responseCode = "404", description = "No such published comment")
    @APIResponse(responseCode = "409", description = "It is the caller's own comment")
    @APIResponse(responseCode = "429", description = "Too many reports without login; see Retry-After")
    public Response report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        anonymousWrites.count();
        service.report(id, request.reason(), viewer.account());
        return Response.accepted().build();
    }
}
