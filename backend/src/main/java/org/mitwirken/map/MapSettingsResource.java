package org.mitwirken.map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.geo.CityBounds;
import org.mitwirken.common.geo.Point;

@Path("/api/v1/map")
@Tag(name = "Map portal")
@Produces(MediaType.APPLICATION_JSON)
public class MapSettingsResource {

    @Inject
    CityBounds city;

    @Inject
    MapPlaces places;

    @ConfigProperty(name = "mitwirken.map.tile-url")
    String tileUrl;

    @ConfigProperty(name = "mitwirken.map.attribution")
    String attribution;

    @ConfigProperty(name = "mitwirken.city.center")
    List<Double> center;

    @Schema(name = "MapSettings", requiredProperties = { "tileUrl", "attribution", "bounds", "center" })
    public record Settings(@Schema(description = "Leaflet tile URL template") String tileUrl, String attribution,
            @Schema(description = "west, south, east, north") List<Double> bounds, Point center) {
    }

    @GET
    @Path("/settings")
    @PermitAll
    @Operation(operationId = "getMapSettings", summary = "Tile server, attribution and the city's bounds")
    public Settings settings() {
        return new Settings(tileUrl, attribution, city.asList(), new Point(center.get(0), center.get(1)));
    }

    @GET
    @Path("/places")
    @PermitAll
    @Operation(operationId = "searchMapPlaces", summary = "Named places to mark without a map",
            description = "Squares, parks and streets whose name contains the text; all of them without `q`.")
    public List<MapPlaces.Place> places(@QueryParam("q") @Parameter(description = "Part of the name")
            @jakarta.validation.constraints.Size(max = 100) String q) {
        return places.search(q, 50);
    }
}
