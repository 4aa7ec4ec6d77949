package org.mitwirken.common.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * GeoJSON (RFC 7946) as schemas, for properties that hold free GeoJSON: {@code GeoJsonArea} (Polygon or
 * MultiPolygon), {@code GeoJsonGeometry} and {@code GeoJsonObject} (any geometry, Feature or FeatureCollection). The
 * variants of each union differ in the one value their {@code type} allows, so exactly one matches.
 */
final class GeoJsonSchemas {
    static final String PREFIX = "GeoJson";
    private static final String REF = "#/components/schemas/" + PREFIX;
    private static final List<String> GEOMETRIES = List.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");

    private GeoJsonSchemas() {
    }

    static void addTo(Components components) {
        // Inline, not a schema of its own: generators fail to name a component that is a bare array.
        Schema position = array(number(), "[longitude, latitude] or [longitude, latitude, altitude], WGS 84")
                .minItems(2).maxItems(3);
        components.addSchema(PREFIX + "Point", geometry("Point", position));
        components.addSchema(PREFIX + "MultiPoint", geometry("MultiPoint", array(position, null)));
        components.addSchema(PREFIX + "LineString", geometry("LineString", array(position, null).minItems(2)));
        components.addSchema(PREFIX + "MultiLineString", geometry("MultiLineString",
                array(array(position, null).minItems(2), null)));
        Schema ring = array(position, "A closed ring: the last position repeats the first").minItems(4);
        components.addSchema(PREFIX + "Polygon", geometry("Polygon", array(ring, "The outer ring, then holes")));
        components.addSchema(PREFIX + "MultiPolygon", geometry("MultiPolygon", array(array(ring, null), null)));
        components.addSchema(PREFIX + "GeometryCollection", typed("GeometryCollection")
                .addProperty("geometries", array(ref("Geometry"), null)).addRequired("geometries"));
        components.addSchema(PREFIX + "Geometry", union("Any GeoJSON geometry", GEOMETRIES));
        components.addSchema(PREFIX + "Area", union("A GeoJSON Polygon or MultiPolygon",
                List.of("Polygon", "MultiPolygon")));
        components.addSchema(PREFIX + "Feature", typed("Feature")
                // Untyped: a union of string and number is what generators fail on; any value reads as an object.
                .addProperty("id", OASFactory.createSchema().description("A string or a number"))
                .addProperty("geometry", OASFactory.createSchema().anyOf(List.of(ref("Geometry"), nullType())))
                .addProperty("properties", OASFactory.createSchema().type(List.of(SchemaType.OBJECT, SchemaType.NULL))
                        .additionalPropertiesBoolean(true))
                .addRequired("geometry").addRequired("properties"));
        components.addSchema(PREFIX + "FeatureCollection", typed("FeatureCollection")
                .addProperty("features", array(ref("Feature"), null)).addRequired("features"));
        List<String> all = new java.util.ArrayList<>(GEOMETRIES);
        all.addAll(List.of("Feature", "FeatureCollection"));
        components.addSchema(PREFIX + "Object", union("Any GeoJSON object: a geometry, a Feature or a "
                + "FeatureCollection", all));
    }

    private static Schema geometry(String type, Schema coordinates) {
        return typed(type).addProperty("coordinates", coordinates).addRequired("coordinates");
    }

    private static Schema typed(String type) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description("GeoJSON " + type + " (RFC 7946)")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of(type)))
                .addProperty("bbox", array(number(), "Bounding box").minItems(4))
                .addRequired("type");
    }

    private static Schema union(String description, List<String> types) {
        return OASFactory.createSchema().description(description)
                .oneOf(types.stream().map(GeoJsonSchemas::ref).toList());
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }

    private static Schema array(Schema items, String description) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(items).description(description);
    }

    private static Schema number() {
        return OASFactory.createSchema().addType(SchemaType.NUMBER);
    }

    private static Schema nullType() {
        return OASFactory.createSchema().addType(SchemaType.NULL);
    }
}
