package org.mitwirken.map;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mitwirken.common.validation.OneOf;

/** Filters of the map contribution list and its GeoJSON. */
public class MapQuery {
    @QueryParam("format")
    @Parameter(description = "Slug of a format")
    public String format;

    @QueryParam("category")
    @OneOf(MapCategory.class)
    @Parameter(schema = @Schema(implementation = MapCategory.class))
    public String category;

    @QueryParam("district")
    @Parameter(description = "Slug of a district")
    public String district;

    @QueryParam("bbox")
    @jakarta.validation.constraints.Pattern(regexp = "-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?){3}",
            message = "{bbox}")
    @Parameter(description = "west,south,east,north (WGS 84 degrees), as in a GeoJSON bbox", example = "7.7,49.4,7.8,49.5")
    public String bbox;

    double[] box() {
        String[] parts = bbox.split(",");
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Double.parseDouble(parts[i]);
        }
        return box;
    }
}
