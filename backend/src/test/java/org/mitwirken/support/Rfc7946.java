package org.mitwirken.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;

/** Checks a GeoJSON text against the rules of RFC 7946 our clients rely on; fails the test where it breaks one. */
public final class Rfc7946 {
    private static final Set<String> GEOMETRIES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon");

    private Rfc7946() {
    }

    /** A FeatureCollection whose positions all lie within the box (west, south, east, north); returns it. */
    public static JsonNode featureCollection(String text, double west, double south, double east, double north) {
        JsonNode root = read(text);
        assertEquals("FeatureCollection", root.path("type").asText());
        assertFalse(root.has("crs"), "RFC 7946 drops crs: coordinates are WGS 84");
        assertTrue(root.path("features").isArray(), "features is an array");
        for (JsonNode feature : root.path("features")) {
            assertEquals("Feature", feature.path("type").asText());
            assertTrue(feature.has("geometry"), "a Feature has a geometry member (null allowed)");
            assertTrue(feature.has("properties"), "a Feature has a properties member (null allowed)");
            if (!feature.get("geometry").isNull()) {
                geometry(feature.get("geometry"), west, south, east, north);
            }
        }
        return root;
    }

    private static void geometry(JsonNode geometry, double west, double south, double east, double north) {
        String type = geometry.path("type").asText();
        assertTrue(GEOMETRIES.contains(type), "geometry type " + type);
        JsonNode coordinates = geometry.path("coordinates");
        switch (type) {
            case "Point" -> position(coordinates, west, south, east, north);
            case "MultiPoint", "LineString" -> coordinates.forEach(p -> position(p, west, south, east, north));
            case "MultiLineString" -> coordinates.forEach(line -> line.forEach(p -> position(p, west, south, east,
                    north)));
            case "Polygon" -> polygon(coordinates, west, south, east, north);
            default -> coordinates.forEach(polygon -> polygon(polygon, west, south, east, north));
        }
    }

    private static void polygon(JsonNode rings, double west, double south, double east, double north) {
        for (JsonNode ring : rings) {
            assertTrue(ring.size() >= 4, "a linear ring has at least four positions");
            assertEquals(ring.get(0), ring.get(ring.size() - 1), "a linear ring is closed");
            ring.forEach(p -> position(p, west, south, east, north));
        }
    }

    /** [longitude, latitude]: the first number must fall in the west–east range, the second in south–north. */
    private static void position(JsonNode position, double west, double south, double east, double north) {
        assertTrue(position.isArray() && position.size() >= 2 && position.get(0).isNumber()
                && position.get(1).isNumber(), "a position is [lon, lat]: " + position);
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        assertTrue(lon >= west && lon <= east && lat >= south && lat <= north,
                "position " + position + " is [longitude, latitude] within the city");
    }

    private static JsonNode read(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
