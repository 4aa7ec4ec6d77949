package org.mitwirken.fieldofaction;

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

@Path("/api/v1/fields-of-action")
@Tag(name = "Fields of action")
@Produces(MediaType.APPLICATION_JSON)
public class FieldOfActionResource {

    @Inject
    FieldOfActionService service;

    @Inject
    Viewer viewer;

    @GET
    @CatalogueCached
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listFieldsOfAction", summary = "List fields of action",
            description = "Published fields of action (Handlungsfelder) with their goals, in their order; admins also see drafts.")
    public PageResponse<FieldOfActionResponse> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging, viewer.canSeeDrafts());
    }

    @GET
    @CatalogueCached
    @Path("/{slug}")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getFieldOfAction", summary = "Get a field of action with its goals and strategy map")
    public FieldOfActionResponse get(@PathParam("slug") String slug) {
        return service.get(slug, viewer.canSeeDrafts());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createFieldOfAction", summary = "Create a field of action (as a draft)")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FieldOfActionResponse.class)))
    public Response create(@NotNull @Valid FieldOfActionRequest request, @Context UriInfo uri) {
        FieldOfActionResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateFieldOfAction", summary = "Update a field of action",
            description = "Replaces all fields and the goal list (goals keep their identity by slug); needs `version`.")
    public FieldOfActionResponse update(@PathParam("slug") String slug, @NotNull @Valid FieldOfActionRequest request) {
        return service.update(slug, request);
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishFieldOfAction", summary = "Publish a field of action")
    public FieldOfActionResponse publish(@PathParam("slug") String slug) {
        return service.setPublicationState(slug, PublicationState.PUBLISHED);
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "unpublishFieldOfAction", summary = "Withdraw a field of action to draft")
    public FieldOfActionResponse unpublish(@PathParam("slug") String slug) {
        return service.setPublicationState(slug, PublicationState.DRAFT);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteFieldOfAction", summary = "Delete a field of action", description = "Refused with 409 while formats or notes refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }
}
