package org.mitwirken.map;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Map contributions as an RFC 7946 FeatureCollection: [longitude, latitude], no author names. */
public final class MapGeoJson {
    public static final String MEDIA_TYPE = "application/geo+json";

    private MapGeoJson() {
    }

    @Schema(name = "MapFeatureCollection", requiredProperties = { "type", "features" })
    public record FeatureCollection(@Schema(enumeration = "FeatureCollection") String type, List<Feature> features) {
    }

    @Schema(name = "MapFeature", requiredProperties = { "type", "id", "geometry", "properties" })
    public record Feature(@Schema(enumeration = "Feature") String type, UUID id,
            @Schema(nullable = true, description = "null when placed by a district without boundary")
            Geometry geometry, Properties properties) {
    }

    @Schema(name = "MapPointGeometry", requiredProperties = { "type", "coordinates" })
    public record Geometry(@Schema(enumeration = "Point") String type,
            @Schema(description = "[longitude, latitude]") List<Double> coordinates) {
    }

    @Schema(name = "MapFeatureProperties", requiredProperties = { "format", "category", "title", "text",
            "locationSource", "supportCount", "createdOn" })
    public record Properties(String format, MapCategory category, String title, String text,
            LocationSource locationSource, @Schema(nullable = true) String placeName,
            @Schema(nullable = true) String district, @Schema(nullable = true) String districtName,
            long supportCount, LocalDate createdOn) {
    }

    public static FeatureCollection of(List<MapContributionView> contributions) {
        return new FeatureCollection("FeatureCollection", contributions.stream().map(MapGeoJson::feature).toList());
    }

    private static Feature feature(MapContributionView c) {
        Geometry geometry = c.location() == null ? null
                : new Geometry("Point", List.of(c.location().lon(), c.location().lat()));
        return new Feature("Feature", c.id(), geometry, new Properties(c.format(), c.category(), c.title(), c.text(),
                c.locationSource(), c.placeName(), c.district() == null ? null : c.district().slug(),
                c.district() == null ? null : c.district().name(), c.supportCount(),
                c.createdOn()));
    }
}
