package org.mitwirken.map;

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
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.participation.ReportRequest;
import org.mitwirken.common.privacy.SelfService;
import org.mitwirken.common.ratelimit.AnonymousWrites;

@Path("/api/v1/map-contributions")
@Tag(name = "Map portal")
public class MapContributionResource {

    @Inject
    MapContributionService service;

    @Inject
    Viewer viewer;

    @Inject
    AnonymousWrites anonymousWrites;

    @GET
    @PermitAll
    @BrieflyCached
    @Produces({ MediaType.APPLICATION_JSON, MapGeoJson.MEDIA_TYPE })
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listMapContributions", summary = "Map contributions, newest first",
            description = "Published contributions (and the viewer's own pending ones). With `Accept: "
                    + "application/geo+json` an RFC 7946 FeatureCollection of published contributions without "
                    + "author names, unpaged (at most 5,000).")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MapContributionPage.class)),
            @Content(mediaType = MapGeoJson.MEDIA_TYPE,
                    schema = @Schema(implementation = MapGeoJson.FeatureCollection.class)) })
    public Response list(@Valid @BeanParam MapQuery filter, @Valid @BeanParam PageRequest paging,
            @HeaderParam("Accept") String accept) {
        if (accept != null && accept.contains(MapGeoJson.MEDIA_TYPE)) {
            return Response.ok(MapGeoJson.of(service.published(filter)), MapGeoJson.MEDIA_TYPE).build();
        }
        return Response.ok(MapContributionPage.of(service.list(filter, paging, viewer.account())),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getMapContribution", summary = "One map contribution")
    public MapContributionView get(@PathParam("id") UUID id) {
        return service.get(id, viewer.account());
    }

    @POST
    @SelfService
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "createMapContribution", summary = "Mark a place: on the map, by a named place or by "
            + "district", description = "Points outside the city are refused; the district is derived from the "
                    + "point where boundaries exist. Under pre-moderation the contribution is PENDING.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MapContributionCreated.class)))
    @APIResponse(responseCode = "401", description = "This map takes contributions from logged-in accounts only")
    @APIResponse(responseCode = "429", description = "Too many contributions without login; see Retry-After")
    public Response create(@NotNull @Valid MapContributionRequest request, @Context UriInfo uri) {
        anonymousWrites.count();
        MapContributionCreated created = service.create(request, viewer.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.contribution().id().toString()).build())
                .entity(created).build();
    }

    @DELETE
    @SelfService
    @Path("/{id}")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "withdrawMapContribution", summary = "Withdraw one's own contribution",
            description = "By login, or with the deletion token of an anonymous contribution in `X-Deletion-Token`.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Not the author")
    public void withdraw(@PathParam("id") UUID id, @HeaderParam("X-Deletion-Token") @Parameter(
            description = "Secret from the creation of an anonymous contribution") String deletionToken) {
        service.withdraw(id, viewer.account(), deletionToken);
    }

    @POST
    @SelfService
    @Path("/{id}/support")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "supportMapContribution", summary = "Support a contribution (once per account)")
    @APIResponse(responseCode = "204", description = "Supported")
    @APIResponse(responseCode = "401", description = "Supporting needs a login")
    public void support(@PathParam("id") UUID id) {
        service.support(id, viewer.requireAccount(), true);
    }

    @DELETE
    @SelfService
    @Path("/{id}/support")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "withdrawMapContributionSupport", summary = "Withdraw one's support")
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
    @Operation(operationId = "reportMapContribution", summary = "Report a contribution to the moderators")
    @APIResponse(responseCode = "202", description = "Reported; a moderator will look at it")
    @APIResponse(responseCode = "429", description = "Too many reports without login; see Retry-After")
    public Response report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        anonymousWrites.count();
        service.report(id, request.reason());
        return Response.accepted().build();
    }
}
