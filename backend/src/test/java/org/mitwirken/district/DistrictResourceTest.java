package org.mitwirken.district;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mitwirken.support.Contract.allPages;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Districts (Ortsbezirke)")
class DistrictResourceTest {
    private static final List<List<Double>> RING = List.of(List.of(7.70, 49.40), List.of(7.75, 49.40),
            List.of(7.75, 49.43), List.of(7.70, 49.40));

    @Test
    @DisplayName("districts are listed by name, and the formats concerning one are found by filter")
    void listsDistrictsAndTheirFormats() {
        DistrictResponse district = aDistrict().named("Mölschbach").create();
        String process = aProcess().create().slug();
        aFormatIn(process).titled("Begehung Mölschbach").inDistricts(district.slug()).create();
        aFormatIn(process).titled("Anderswo").create();

        assertThat(allPages("/api/v1/districts", "slug"), hasItem(district.slug()));
        api().queryParam("district", district.slug()).when().get("/api/v1/formats")
                .then().statusCode(200)
                .body("items.title", contains("Begehung Mölschbach"))
                .body("items[0].districts.slug", contains(district.slug()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin stores a polygon boundary, which comes back as GeoJSON")
    void storesBoundary() {
        api().contentType(ContentType.JSON)
                .body(Map.of("name", "Siegelbach Test", "boundary", Map.of("type", "Polygon", "coordinates",
                        List.of(RING))))
                .when().post("/api/v1/districts")
                .then().statusCode(201)
                .body("boundary.type", equalTo("Polygon"))
                .body("boundary.coordinates[0]", org.hamcrest.Matchers.hasSize(4));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an open ring or a point as boundary is refused")
    void refusesBadBoundaries() {
        List<List<Double>> open = RING.subList(0, 3);
        badRequest().contentType(ContentType.JSON)
                .body(Map.of("name", "Offen", "boundary", Map.of("type", "Polygon", "coordinates", List.of(open))))
                .when().post("/api/v1/districts")
                .then().statusCode(400).body("violations.field", contains("boundary.coordinates[0]"));
        badRequest().contentType(ContentType.JSON)
                .body(Map.of("name", "Punkt", "boundary", Map.of("type", "Point", "coordinates", List.of(7.7, 49.4))))
                .when().post("/api/v1/districts")
                .then().statusCode(400).body("violations.field", contains("boundary.type"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a district that formats concern cannot be deleted; linking an unknown one is refused")
    void deletionConflictAndUnknownLinks() {
        DistrictResponse district = aDistrict().create();
        aFormatIn(aProcess().create().slug()).inDistricts(district.slug()).create();

        api().when().delete("/api/v1/districts/" + district.slug()).then().statusCode(409);
        Map<String, Object> format = Map.of("process", aProcess().create().slug(), "kind", "DISTRICT_WALK",
                "title", "Begehung", "summary", "Kurz", "startsOn", "2024-08-30", "districts", List.of("atlantis"));
        api().contentType(ContentType.JSON).body(format).when().post("/api/v1/formats")
                .then().statusCode(400).body("violations.field", contains("districts[0]"));
    }
}
