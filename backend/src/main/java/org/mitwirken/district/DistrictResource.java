package org.mitwirken.district;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.http.CatalogueCached;
import org.mitwirken.common.Roles;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;

@Path("/api/v1/districts")
@Tag(name = "Districts")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictResource {

    @Inject
    DistrictService service;

    @GET
    @CatalogueCached
    @PermitAll
    @Operation(operationId = "listDistricts", summary = "List districts (Ortsbezirke)",
            description = "By name. The formats concerning a district: `GET /api/v1/formats?district={slug}`.")
    public PageResponse<DistrictResponse> list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging);
    }

    @GET
    @CatalogueCached
    @Path("/{slug}")
    @PermitAll
    @Operation(operationId = "getDistrict", summary = "Get a district with its boundary")
    public DistrictResponse get(@PathParam("slug") String slug) {
        return service.get(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createDistrict", summary = "Create a district")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DistrictResponse.class)))
    public Response create(@NotNull @Valid DistrictRequest request, @Context UriInfo uri) {
        DistrictResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateDistrict", summary = "Update a district", description = "Needs `version`.")
    public DistrictResponse update(@PathParam("slug") String slug, @NotNull @Valid DistrictRequest request) {
        return service.update(slug, request);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteDistrict", summary = "Delete a district",
            description = "Refused with 409 while formats refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }
}
