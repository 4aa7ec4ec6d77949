package org.mitwirken.district;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.geo.GeoJson;

@Schema(name = "District", description = "An Ortsbezirk", requiredProperties = { "id", "slug", "name", "version" })
public record DistrictResponse(
        UUID id,
        String slug,
        String name,
        @Schema(description = "The boundary, [longitude, latitude]; null when none is drawn", ref = "GeoJsonArea")
        JsonNode boundary,
        long version) {

    static DistrictResponse of(District district) {
        return new DistrictResponse(district.id, district.slug, district.name, GeoJson.parse(district.boundary),
                district.version);
    }
}
