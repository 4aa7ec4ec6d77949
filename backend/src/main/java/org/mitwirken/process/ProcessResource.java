package org.mitwirken.process;

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

@Path("/api/v1/processes")
@Tag(name = "Processes")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

    @Inject
    ProcessService service;

    @Inject
    Viewer viewer;

    @GET
    @CatalogueCached
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listProcesses", summary = "List processes", description = "Published processes, ordered by title; admins also see drafts.")
    public PageResponse<ProcessResponse> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging, viewer.canSeeDrafts());
    }

    @GET
    @CatalogueCached
    @Path("/{slug}")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getProcess", summary = "Get a process with its phases")
    public ProcessResponse get(@PathParam("slug") String slug) {
        return service.get(slug, viewer.canSeeDrafts());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createProcess", summary = "Create a process (as a draft)")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessResponse.class)))
    public Response create(@NotNull @Valid ProcessRequest request, @Context UriInfo uri) {
        ProcessResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateProcess", summary = "Update a process", description = "Replaces all fields and the phase list; needs `version`.")
    public ProcessResponse update(@PathParam("slug") String slug, @NotNull @Valid ProcessRequest request) {
        return service.update(slug, request);
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishProcess", summary = "Publish a process")
    public ProcessResponse publish(@PathParam("slug") String slug) {
        return service.setPublicationState(slug, PublicationState.PUBLISHED);
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "unpublishProcess", summary = "Withdraw a process to draft", description = "Hides it and all its formats from the public.")
    public ProcessResponse unpublish(@PathParam("slug") String slug) {
        return service.setPublicationState(slug, PublicationState.DRAFT);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteProcess", summary = "Delete a process", description = "Refused with 409 while formats belong to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }
}
