package org.mitwirken.format;

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

@Path("/api/v1/formats")
@Tag(name = "Formats")
@Produces(MediaType.APPLICATION_JSON)
public class FormatResource {

    @Inject
    FormatService service;

    @Inject
    Viewer viewer;

    @GET
    @CatalogueCached
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listFormats", summary = "List participation formats",
            description = "Published formats of published processes, by default in date order; admins also see drafts.")
    public PageResponse<FormatResponse> list(@Valid @BeanParam FormatQuery filter,
            @Valid @BeanParam PageRequest paging) {
        return service.list(filter, paging, viewer.canSeeDrafts());
    }

    @GET
    @CatalogueCached
    @Path("/{slug}")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getFormat", summary = "Get a participation format")
    public FormatResponse get(@PathParam("slug") String slug) {
        return service.get(slug, viewer.canSeeDrafts());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createFormat", summary = "Create a participation format (as a draft)")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormatResponse.class)))
    public Response create(@NotNull @Valid FormatRequest request, @Context UriInfo uri) {
        FormatResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateFormat", summary = "Update a participation format", description = "Replaces all fields; needs `version`.")
    public FormatResponse update(@PathParam("slug") String slug, @NotNull @Valid FormatRequest request) {
        return service.update(slug, request);
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishFormat", summary = "Publish a participation format",
            description = "The public sees it once its process is published too.")
    public FormatResponse publish(@PathParam("slug") String slug) {
        return service.setPublicationState(slug, PublicationState.PUBLISHED);
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "unpublishFormat", summary = "Withdraw a participation format to draft")
    public FormatResponse unpublish(@PathParam("slug") String slug) {
        return service.setPublicationState(slug, PublicationState.DRAFT);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteFormat", summary = "Delete a participation format")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }
}
