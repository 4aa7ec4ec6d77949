package org.mitwirken.opportunity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.http.BrieflyCached;
import org.mitwirken.common.paging.PageRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1")
@Tag(name = "Jetzt mitmachen")
public class OpportunityResource {
    private static final String GEO_JSON = "application/geo+json";

    @Inject
    OpportunityService service;

    @GET
    @Path("/opportunities")
    @BrieflyCached
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOpportunities", summary = "What anyone can take part in now, anywhere in the city",
            description = "Open surveys, open voting rounds, map portals and formats taking comments, of published "
                    + "formats in published processes; soonest closing first, then what stays open. Each says what "
                    + "it takes (`needs`), until when, where (`districts`) and where to read it in this API (`path`). "
                    + "On a map: `GET /api/v1/opportunities.geojson`.")
    public OpportunityPage list(@Valid @BeanParam OpportunityQuery filter, @Valid @BeanParam PageRequest paging) {
        return service.list(filter, paging);
    }

    @GET
    @Path("/opportunities.geojson")
    @BrieflyCached
    @PermitAll
    @Produces(GEO_JSON)
    @Operation(operationId = "listOpportunitiesGeoJson", summary = "What is open now, as GeoJSON for a map",
            description = "The same opportunities and filters as `listOpportunities`, all of them in one "
                    + "FeatureCollection: each Feature's geometry is the area of its Ortsbezirke (a MultiPolygon "
                    + "when there are several; null when it concerns the whole city or a district has no boundary), "
                    + "its properties are the `Opportunity` fields, its id is `<kind>:<id>`.")
    @APIResponse(responseCode = "200", description = "A GeoJSON FeatureCollection (RFC 7946)",
            content = @Content(mediaType = GEO_JSON, schema = @Schema(ref = "GeoJsonFeatureCollection")))
    public JsonNode listGeoJson(@Valid @BeanParam OpportunityQuery filter) {
        return service.geoJson(filter);
    }
}
