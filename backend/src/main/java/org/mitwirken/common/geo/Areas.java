package org.mitwirken.common.geo;

import com.fasterxml.jackson.databind.JsonNode;

/** Point-in-area tests on stored GeoJSON Polygons and MultiPolygons (planar; fine at a city's scale). */
public final class Areas {
    private Areas() {
    }

    public static boolean contains(JsonNode area, Point point) {
        if (area == null || !area.has("coordinates")) {
            return false;
        }
        JsonNode coordinates = area.get("coordinates");
        if ("Polygon".equals(area.path("type").asText())) {
            return inPolygon(coordinates, point);
        }
        for (JsonNode polygon : coordinates) {
            if (inPolygon(polygon, point)) {
                return true;
            }
        }
        return false;
    }

    /** Inside the outer ring and outside every hole. */
    private static boolean inPolygon(JsonNode rings, Point point) {
        if (rings.isEmpty() || !inRing(rings.get(0), point)) {
            return false;
        }
        for (int i = 1; i < rings.size(); i++) {
            if (inRing(rings.get(i), point)) {
                return false;
            }
        }
        return true;
    }

    /** Ray casting: a ray to the east crosses the ring's edges an odd number of times from inside. */
    private static boolean inRing(JsonNode ring, Point point) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double xi = ring.get(i).get(0).asDouble();
            double yi = ring.get(i).get(1).asDouble();
            double xj = ring.get(j).get(0).asDouble();
            double yj = ring.get(j).get(1).asDouble();
            if ((yi > point.lat()) != (yj > point.lat())
                    && point.lon() < (xj - xi) * (point.lat() - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The middle of the area's bounding box: where a contribution placed "in this district" is drawn. */
    public static Point center(JsonNode area) {
        double[] box = box(area);
        return new Point((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
    }

    /** The size of the area's bounding box in square degrees: enough to tell the more specific of two areas. */
    public static double boxSize(JsonNode area) {
        double[] box = box(area);
        return (box[2] - box[0]) * (box[3] - box[1]);
    }

    private static double[] box(JsonNode area) {
        double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        extend(area.get("coordinates"), box);
        return box;
    }

    private static void extend(JsonNode node, double[] box) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            box[0] = Math.min(box[0], node.get(0).asDouble());
            box[1] = Math.min(box[1], node.get(1).asDouble());
            box[2] = Math.max(box[2], node.get(0).asDouble());
            box[3] = Math.max(box[3], node.get(1).asDouble());
            return;
        }
        node.forEach(child -> extend(child, box));
    }
}
