package org.mitwirken.fieldofaction;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mitwirken.support.Contract.allPages;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Fields of action (Handlungsfelder)")
class FieldOfActionResourceTest {

    @Test
    @DisplayName("a published field of action shows its goals in order; drafts stay hidden from the public")
    void showsGoalsAndHidesDrafts() {
        FieldOfActionResponse field = aFieldOfAction().titled("Mobilität").withGoal("radverkehr").withGoal("oepnv")
                .create();
        FieldOfActionResponse draft = aFieldOfAction().draft().create();

        api().when().get("/api/v1/fields-of-action/" + field.slug())
                .then().statusCode(200)
                .body("title", equalTo("Mobilität"))
                .body("goals.slug", contains("radverkehr", "oepnv"))
                .body("strategyMap", nullValue());
        api().when().get("/api/v1/fields-of-action/" + draft.slug()).then().statusCode(404);
        List<String> listed = allPages("/api/v1/fields-of-action", "slug");
        assertThat(listed, hasItem(field.slug()));
        assertThat(listed, not(hasItem(draft.slug())));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin writes goals and a GeoJSON strategy map; goals keep their identity when renamed")
    void writesGoalsAndStrategyMap() {
        Map<String, Object> body = body("Klima und Grün");
        body.put("goals", List.of(Map.of("slug", "hitze", "title", "Hitzevorsorge"), Map.of("title", "Grün vernetzen")));
        body.put("strategyMap", Map.of("type", "FeatureCollection", "features", List.of(Map.of("type", "Feature",
                "properties", Map.of("name", "Grünzug"),
                "geometry", Map.of("type", "LineString", "coordinates", List.of(List.of(7.75, 49.44),
                        List.of(7.78, 49.45)))))));

        var created = api().contentType(ContentType.JSON).body(body).when().post("/api/v1/fields-of-action")
                .then().statusCode(201)
                .body("goals.slug", contains("hitze", "gruen-vernetzen"))
                .body("strategyMap.features[0].geometry.coordinates[0]", contains(7.75f, 49.44f))
                .extract();
        String slug = created.path("slug");
        String goalId = created.path("goals[0].id");

        body.put("version", created.path("version"));
        body.put("goals", List.of(Map.of("slug", "hitze", "title", "Hitzevorsorge in der Innenstadt")));
        api().contentType(ContentType.JSON).body(body).when().put("/api/v1/fields-of-action/" + slug)
                .then().statusCode(200)
                .body("goals.id", contains(goalId))
                .body("goals.title", contains("Hitzevorsorge in der Innenstadt"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a strategy map that is not GeoJSON, or has positions out of range, is refused")
    void refusesInvalidGeoJson() {
        Map<String, Object> body = body("Ungültige Karte");
        body.put("strategyMap", Map.of("type", "Circle"));
        badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/fields-of-action")
                .then().statusCode(400).body("violations.field", contains("strategyMap.type"));

        body.put("strategyMap", Map.of("type", "Point", "coordinates", List.of(49.44, 207.77)));
        badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/fields-of-action")
                .then().statusCode(400).body("violations.field", contains("strategyMap.coordinates"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("goal slugs must be unique within a field of action")
    void refusesDuplicateGoals() {
        Map<String, Object> body = body("Doppelte Ziele");
        body.put("goals", List.of(Map.of("title", "Ziel"), Map.of("title", "Ziel")));

        badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/fields-of-action")
                .then().statusCode(400).body("violations.field", contains("goals[1].slug"));
    }

    private static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Kurz");
        body.put("position", 1);
        return body;
    }
}
