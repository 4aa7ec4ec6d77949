package org.mitwirken.common.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;

/**
 * Checks GeoJSON (RFC 7946) that admins upload: known types, positions as [longitude, latitude] within range,
 * closed linear rings of at least four positions. Stored as text, returned as parsed JSON.
 */
public final class GeoJson {
    public static final Set<String> AREAS = Set.of("Polygon", "MultiPolygon");
    public static final Set<String> ANY = Set.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
            "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJson() {
    }

    /** The GeoJSON as text for storage, or a validation problem naming {@code field}. Null stays null. */
    public static String validated(JsonNode geoJson, String field, Set<String> allowedTypes) {
        if (geoJson == null || geoJson.isNull()) {
            return null;
        }
        List<Violation> violations = new ArrayList<>();
        String type = geoJson.path("type").asText("");
        if (!allowedTypes.contains(type)) {
            violations.add(new Violation(field + ".type", GeneralCode.ONE_OF,
                    Map.of("allowed", allowedTypes.stream().sorted().toList())));
        } else {
            check(geoJson, field, violations);
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        return geoJson.toString();
    }

    public static JsonNode parse(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return MAPPER.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored GeoJSON was validated on write", e);
        }
    }

    private static void check(JsonNode node, String path, List<Violation> violations) {
        String type = node.path("type").asText("");
        JsonNode coordinates = node.path("coordinates");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = node.path("features");
                if (!features.isArray()) {
                    violations.add(new Violation(path + ".features", GeoCode.NOT_AN_ARRAY));
                    return;
                }
                for (int i = 0; i < features.size(); i++) {
                    check(features.get(i), path + ".features[" + i + "]", violations);
                }
            }
            case "Feature" -> {
                JsonNode geometry = node.path("geometry");
                if (!geometry.isNull() && !geometry.isMissingNode()) {
                    check(geometry, path + ".geometry", violations);
                }
            }
            case "GeometryCollection" -> {
                JsonNode geometries = node.path("geometries");
                for (int i = 0; i < geometries.size(); i++) {
                    check(geometries.get(i), path + ".geometries[" + i + "]", violations);
                }
            }
            case "Point" -> position(coordinates, path + ".coordinates", violations);
            case "MultiPoint", "LineString" -> positions(coordinates, path + ".coordinates", violations);
            case "MultiLineString" -> nested(coordinates, path + ".coordinates", violations, false);
            case "Polygon" -> nested(coordinates, path + ".coordinates", violations, true);
            case "MultiPolygon" -> {
                if (!coordinates.isArray()) {
                    violations.add(new Violation(path + ".coordinates", GeoCode.NOT_AN_ARRAY));
                    return;
                }
                for (int i = 0; i < coordinates.size(); i++) {
                    nested(coordinates.get(i), path + ".coordinates[" + i + "]", violations, true);
                }
            }
            default -> violations.add(new Violation(path + ".type", GeneralCode.ONE_OF,
                    Map.of("allowed", ANY.stream().sorted().toList())));
        }
    }

    private static void nested(JsonNode lines, String path, List<Violation> violations, boolean rings) {
        if (!lines.isArray()) {
            violations.add(new Violation(path, GeoCode.NOT_AN_ARRAY));
            return;
        }
        if (lines.isEmpty()) {
            violations.add(new Violation(path, GeneralCode.TOO_FEW, Map.of("min", 1)));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String linePath = path + "[" + i + "]";
            positions(line, linePath, violations);
            if (rings && line.isArray() && (line.size() < 4 || !line.get(0).equals(line.get(line.size() - 1)))) {
                violations.add(new Violation(linePath, GeoCode.RING_NOT_CLOSED));
            }
        }
    }

    private static void positions(JsonNode positions, String path, List<Violation> violations) {
        if (!positions.isArray()) {
            violations.add(new Violation(path, GeoCode.NOT_AN_ARRAY));
            return;
        }
        for (int i = 0; i < positions.size(); i++) {
            position(positions.get(i), path + "[" + i + "]", violations);
        }
    }

    private static void position(JsonNode position, String path, List<Violation> violations) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            violations.add(new Violation(path, GeoCode.NOT_A_POSITION));
            return;
        }
        double longitude = position.get(0).asDouble();
        double latitude = position.get(1).asDouble();
        if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
            violations.add(new Violation(path, GeoCode.POSITION_OUT_OF_RANGE));
        }
    }

    /** A rectangular Polygon around a point, half the given extents to each side. */
    public static JsonNode rectangle(double lon, double lat, double halfLon, double halfLat) {
        com.fasterxml.jackson.databind.node.ArrayNode ring = MAPPER.createArrayNode();
        double[][] corners = { { lon - halfLon, lat - halfLat }, { lon + halfLon, lat - halfLat },
                { lon + halfLon, lat + halfLat }, { lon - halfLon, lat + halfLat }, { lon - halfLon, lat - halfLat } };
        for (double[] corner : corners) {
            ring.addArray().add(corner[0]).add(corner[1]);
        }
        com.fasterxml.jackson.databind.node.ObjectNode polygon = MAPPER.createObjectNode().put("type", "Polygon");
        polygon.putArray("coordinates").add(ring);
        return polygon;
    }
}
