package org.mitwirken.map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.support.TestData.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.geo.Point;
import org.mitwirken.district.DistrictResponse;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.support.Rfc7946;
import org.mitwirken.support.TestData;
import org.mitwirken.support.TestClients;

@QuarkusTest
@DisplayName("Map portal")
class MapContributionTest {
    private static final String GEO_JSON = "application/geo+json";

    /** A point of its own inside the city, so tests sharing the database do not meet. */
    @Test
    @DisplayName("a point placed on the map gets the district whose boundary contains it")
    void districtFromPoint() {
        FormatResponse format = mapFormat(false);
        Point point = TestData.uniqueSpot();
        DistrictResponse district = aDistrict().named("Erfenbach").around(point.lon(), point.lat(), 0.002).create();

        contribute(format, Map.of("location", Map.of("lon", point.lon(), "lat", point.lat()))).then().statusCode(201)
                .body("contribution.district.slug", equalTo(district.slug()))
                .body("contribution.locationSource", equalTo("MAP"))
                .body("contribution.location.lon", equalTo((float) (double) point.lon()))
                .body("deletionToken", notNullValue());
    }

    @Test
    @DisplayName("without a map, a named place or a district writes the same kind of record, with a point")
    void nonMapPaths() {
        FormatResponse format = mapFormat(false);
        Point point = TestData.uniqueSpot();
        DistrictResponse district = aDistrict().named("Siegelbach").around(point.lon(), point.lat(), 0.002).create();
        String place = "Platz " + System.nanoTime();
        CDI.current().select(MapPlaces.class).get().add(place, point);

        api().queryParam("q", place.substring(0, 10).toLowerCase()).when().get("/api/v1/map/places").then()
                .statusCode(200).body("name", hasItem(place));
        contribute(format, Map.of("place", place)).then().statusCode(201)
                .body("contribution.locationSource", equalTo("PLACE"))
                .body("contribution.placeName", equalTo(place))
                .body("contribution.district.slug", equalTo(district.slug()));
        contribute(format, Map.of("district", district.slug())).then().statusCode(201)
                .body("contribution.locationSource", equalTo("DISTRICT"))
                .body("contribution.district.slug", equalTo(district.slug()))
                .body("contribution.location.lat", notNullValue());
    }

    @Test
    @DisplayName("points outside the city, unknown places and two ways at once are refused field by field")
    void refusedPlaces() {
        FormatResponse format = mapFormat(false);
        badContribute(format, Map.of("location", Map.of("lon", 8.68, "lat", 50.11))).then().statusCode(400)
                .body("violations.field", contains("location"));
        badContribute(format, Map.of("location", Map.of("lon", 49.44, "lat", 7.77))).then().statusCode(400)
                .body("violations.field", contains("location"));
        badContribute(format, Map.of("place", "Gibt es nicht")).then().statusCode(400)
                .body("violations.field", contains("place"));
        badContribute(format, Map.of()).then().statusCode(400).body("violations.field", contains("location"));
        badContribute(format, Map.of("district", "x", "place", "y")).then().statusCode(400)
                .body("violations.field", contains("location"));
        api().queryParam("format", format.slug()).when().get("/api/v1/map-contributions").then()
                .body("items", empty());
    }

    @Test
    @DisplayName("the GeoJSON is an RFC 7946 FeatureCollection, [lon, lat], without author names, and filters")
    void geoJson() {
        FormatResponse format = mapFormat(false);
        Point point = TestData.uniqueSpot();
        DistrictResponse district = aDistrict().around(point.lon(), point.lat(), 0.002).create();
        contribute(format, Map.of("location", Map.of("lon", point.lon(), "lat", point.lat()))).then().statusCode(201);
        contribute(format, Map.of("location", Map.of("lon", 7.70, "lat", 49.40), "category", "IDEA"))
                .then().statusCode(201);

        String text = api().accept(GEO_JSON).queryParam("format", format.slug())
                .when().get("/api/v1/map-contributions").then().statusCode(200).contentType(GEO_JSON)
                .extract().asString();
        JsonNode collection = Rfc7946.featureCollection(text, 7.62, 49.36, 7.93, 49.52);
        assertEquals(2, collection.get("features").size());
        assertFalse(text.contains("Anwohnerin"), "no author names in GeoJSON");
        JsonNode first = collection.get("features").get(1);
        assertEquals(point.lon(), first.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);

        api().accept(GEO_JSON).queryParam("format", format.slug()).queryParam("category", "IDEA")
                .when().get("/api/v1/map-contributions").then().body("features", org.hamcrest.Matchers.hasSize(1));
        api().accept(GEO_JSON).queryParam("format", format.slug()).queryParam("district", district.slug())
                .when().get("/api/v1/map-contributions").then().body("features", org.hamcrest.Matchers.hasSize(1));
        api().accept(GEO_JSON).queryParam("format", format.slug()).queryParam("bbox", "7.69,49.39,7.71,49.41")
                .when().get("/api/v1/map-contributions").then()
                .body("features.properties.category", contains("IDEA"));
        badRequest().queryParam("bbox", "7.69,49.39").when().get("/api/v1/map-contributions").then().statusCode(400)
                .body("violations.field", contains("bbox"));
    }

    @Test
    @TestSecurity(user = "mona", roles = "moderator")
    @DisplayName("under pre-moderation a contribution is public only once approved; rejected ones never")
    void moderation() {
        FormatResponse format = mapFormat(true);
        String approved = contributeAsService(format, "Freigeben");
        String rejected = contributeAsService(format, "Ablehnen");
        api().accept(GEO_JSON).queryParam("format", format.slug()).when().get("/api/v1/map-contributions").then()
                .body("features", empty());

        api().when().get("/api/v1/moderation/map-contributions").then().statusCode(200)
                .body("contribution.id", hasItem(approved));
        api().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE"))
                .when().post("/api/v1/moderation/map-contributions/" + approved + "/decisions").then().statusCode(200)
                .body("state", equalTo("PUBLISHED"));
        badRequest().contentType(ContentType.JSON).body(Map.of("decision", "REJECT"))
                .when().post("/api/v1/moderation/map-contributions/" + rejected + "/decisions").then().statusCode(400)
                .body("violations.field", contains("reason"));
        api().contentType(ContentType.JSON).body(Map.of("decision", "REJECT", "reason", "Kein Ortsbezug"))
                .when().post("/api/v1/moderation/map-contributions/" + rejected + "/decisions").then()
                .statusCode(200).body("moderationReason", equalTo("Kein Ortsbezug"));
        api().accept(GEO_JSON).queryParam("format", format.slug()).when().get("/api/v1/map-contributions").then()
                .body("features.id", contains(approved));
        api().when().get("/api/v1/moderation/map-contributions").then()
                .body("contribution.id", not(hasItem(rejected)));
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("citizens support a contribution once, comment on it, and withdraw their own")
    void supportCommentWithdraw() {
        FormatResponse format = mapFormat(false);
        String others = contributeAsService(format, "Von jemand anderem");
        api().when().post("/api/v1/map-contributions/" + others + "/support").then().statusCode(204);
        api().when().post("/api/v1/map-contributions/" + others + "/support").then().statusCode(204);
        api().when().get("/api/v1/map-contributions/" + others).then().body("supportCount", equalTo(1))
                .body("supportedByMe", equalTo(true)).body("writtenByMe", equalTo(false));
        api().contentType(ContentType.JSON).body(Map.of("targetType", "MAP_CONTRIBUTION", "targetId", others,
                "text", "Da stimme ich zu")).when().post("/api/v1/comments").then().statusCode(201);
        api().when().delete("/api/v1/map-contributions/" + others).then().statusCode(403);

        Map<String, Object> own = body(format, Map.of("location", Map.of("lon", 7.77, "lat", 49.44)));
        own.remove("pseudonym");
        String mine = api().contentType(ContentType.JSON).body(own).when().post("/api/v1/map-contributions")
                .then().statusCode(201).body("contribution.writtenByMe", equalTo(true)).extract()
                .path("contribution.id");
        api().when().delete("/api/v1/map-contributions/" + mine).then().statusCode(204);
        api().when().get("/api/v1/map-contributions/" + mine).then().statusCode(404);
    }

    @Test
    @DisplayName("the map settings name a tile URL template with {z}, {x} and {y}, and the city's bounds")
    void settings() {
        api().when().get("/api/v1/map/settings").then().statusCode(200)
                .body("bounds", contains(7.62f, 49.36f, 7.93f, 49.52f))
                .body("tileUrl", equalTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .body("center.lat", notNullValue()).body("attribution", not(nullValue()));
    }

    private static FormatResponse mapFormat(boolean preModeration) {
        return aFormatIn(aProcess().create().slug()).participation(true, true, preModeration).create();
    }

    private static Map<String, Object> body(FormatResponse format, Map<String, Object> where) {
        Map<String, Object> body = new HashMap<>(Map.of("format", format.slug(), "category", "FAVOURITE_PLACE",
                "title", "Lieblingsort", "text", "Hier ist es schön.", "pseudonym", "Anwohnerin"));
        body.putAll(where);
        return body;
    }

    private static Response contribute(FormatResponse format, Map<String, Object> where) {
        return api().contentType(ContentType.JSON).header("X-Forwarded-For", client()).body(body(format, where))
                .when().post("/api/v1/map-contributions");
    }

    private static Response badContribute(FormatResponse format, Map<String, Object> where) {
        return badRequest().contentType(ContentType.JSON).header("X-Forwarded-For", client()).body(body(format, where))
                .when().post("/api/v1/map-contributions");
    }

    private static String contributeAsService(FormatResponse format, String title) {
        return CDI.current().select(MapContributionService.class).get().create(new MapContributionRequest(
                format.slug(), MapCategory.NEEDS_IMPROVEMENT, title, "Text", TestData.uniqueSpot(), null, null, null),
                account("autor-" + System.nanoTime())).contribution().id().toString();
    }

    private static String client() {
        return TestClients.uniqueAddress();
    }
}
