package org.mitwirken.interview;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.Roles;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.http.CatalogueCached;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;

@Path("/api/v1/interview-notes")
@Tag(name = "Interview notes")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewNoteResource {

    @Inject
    InterviewNoteService service;

    @Inject
    Viewer viewer;

    @GET
    @CatalogueCached
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listInterviewNotes", summary = "List stakeholder-interview notes (Gesprächsvermerke)",
            description = "Published notes by interview date; admins also see drafts.")
    public PageResponse<InterviewNoteResponse> list(@Valid @BeanParam InterviewNoteQuery filter,
            @Valid @BeanParam PageRequest paging) {
        return service.list(filter, paging, viewer.canSeeDrafts());
    }

    @GET
    @CatalogueCached
    @Path("/{slug}")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getInterviewNote", summary = "Get an interview note with its findings")
    public InterviewNoteResponse get(@PathParam("slug") String slug) {
        return service.get(slug, viewer.canSeeDrafts());
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listInterviewNoteRevisions", summary = "Who changed an interview note, what and when")
    public List<InterviewNoteRevisionResponse> revisions(@PathParam("slug") String slug) {
        return service.revisions(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createInterviewNote", summary = "Create an interview note (as a draft)")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InterviewNoteResponse.class)))
    public Response create(@NotNull @Valid InterviewNoteRequest request, @Context UriInfo uri) {
        InterviewNoteResponse created = service.create(request, viewer.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateInterviewNote", summary = "Update an interview note",
            description = "Replaces all fields; needs `version` (409 when someone else saved meanwhile).")
    public InterviewNoteResponse update(@PathParam("slug") String slug, @NotNull @Valid InterviewNoteRequest request) {
        return service.update(slug, request, viewer.actor());
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishInterviewNote", summary = "Publish an interview note")
    public InterviewNoteResponse publish(@PathParam("slug") String slug) {
        return service.setPublicationState(slug, PublicationState.PUBLISHED, viewer.actor());
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "unpublishInterviewNote", summary = "Withdraw an interview note to draft")
    public InterviewNoteResponse unpublish(@PathParam("slug") String slug) {
        return service.setPublicationState(slug, PublicationState.DRAFT, viewer.actor());
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteInterviewNote", summary = "Delete an interview note")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }
}
