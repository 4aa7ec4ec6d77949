package org.mitwirken.common.opendata;

import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.CityTime;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.support.Rfc7946;

@QuarkusTest
@DisplayName("Open data")
class OpenDataTest {
    private static final List<String> DATASETS = List.of("comments", "districts", "documents", "fields-of-action",
            "formats", "interview-notes", "map-contributions", "survey-results");

    @Test
    @DisplayName("the catalogue lists every dataset, and docs/open-data.md documents each of their fields")
    void catalogueIsDocumented() throws IOException {
        List<Map<String, Object>> catalogue = api().when().get("/api/v1/open-data").then().statusCode(200)
                .body("name", hasItems(DATASETS.toArray())).extract().path("$");
        String docs = Files.readString(Path.of("..", "docs", "open-data.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> dataset : catalogue) {
            String section = section(docs, (String) dataset.get("name"));
            if (section == null) {
                missing.add("dataset " + dataset.get("name"));
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, String>> fields = (List<Map<String, String>>) dataset.get("fields");
            fields.stream().map(f -> f.get("name")).filter(f -> !section.contains("| `" + f + "` |"))
                    .forEach(f -> missing.add(dataset.get("name") + "." + f));
        }
        assertTrue(missing.isEmpty(), "not documented in docs/open-data.md: " + missing);
    }

    @Test
    @DisplayName("every dataset downloads as CSV with its fields as header, and as JSON")
    void everyDatasetDownloads() {
        for (String name : DATASETS) {
            List<String> fields = api().when().get("/api/v1/open-data").then()
                    .extract().path("find { it.name == '" + name + "' }.fields.name");
            String csv = new String(api().when().get("/api/v1/open-data/" + name + ".csv").then().statusCode(200)
                    .extract().asByteArray(), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFF" + String.join(",", fields) + "\r\n"), name + ": " + csv);
            api().when().get("/api/v1/open-data/" + name + ".json").then().statusCode(200)
                    .contentType(ContentType.JSON);
        }
        api().when().get("/api/v1/open-data/gibt-es-nicht.csv").then().statusCode(404);
        api().when().get("/api/v1/open-data/formats.geojson").then().statusCode(404);
    }

    @Test
    @DisplayName("spatial datasets are RFC 7946 GeoJSON: districts with closed boundary rings, contributions as points")
    void geoJson() {
        aDistrict().around(7.70, 49.45, 0.01).create();
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        api().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.77").body(Map.of("format",
                format.slug(), "category", "IDEA", "title", "Bank", "text", "Eine Bank am Weiher", "pseudonym",
                "Erika Mustermann", "location", Map.of("lon", 7.71, "lat", 49.45))).when()
                .post("/api/v1/map-contributions").then().statusCode(201);

        for (String name : List.of("districts", "map-contributions")) {
            String text = api().when().get("/api/v1/open-data/" + name + ".geojson").then().statusCode(200)
                    .contentType("application/geo+json").extract().asString();
            Rfc7946.featureCollection(text, 7.62, 49.36, 7.93, 49.52);
        }
    }

    @Test
    @DisplayName("no author names, pseudonyms or hidden texts in any dataset")
    void noPersonalData() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        String pseudonym = "Erika Mustermann " + System.nanoTime();
        api().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.78").body(Map.of("targetType",
                "FORMAT", "targetId", format.id(), "text", "Sichtbarer Kommentar", "pseudonym", pseudonym))
                .when().post("/api/v1/comments").then().statusCode(201);
        api().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.78").body(Map.of("format",
                format.slug(), "category", "IDEA", "title", "Idee", "text", "Text", "pseudonym", pseudonym,
                "location", Map.of("lon", 7.75, "lat", 49.44))).when().post("/api/v1/map-contributions")
                .then().statusCode(201);

        String comments = api().when().get("/api/v1/open-data/comments.csv").then().extract().asString();
        assertTrue(comments.contains("Sichtbarer Kommentar"));
        for (String name : DATASETS) {
            for (String extension : List.of("csv", "json")) {
                String file = api().when().get("/api/v1/open-data/" + name + "." + extension).then().extract()
                        .asString();
                assertFalse(file.contains(pseudonym), name + "." + extension + " names an author");
            }
        }
        assertEquals(200, api().when().get("/api/v1/open-data/comments.json").statusCode());
    }

    @Test
    @DisplayName("contributions carry the day they were made in the city's time zone, never the time of day")
    void publicTimesToTheDay() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        api().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.79").body(Map.of("targetType",
                "FORMAT", "targetId", format.id(), "text", "Wann genau?", "pseudonym", "Uhrzeit"))
                .when().post("/api/v1/comments").then().statusCode(201);
        String today = LocalDate.now(CityTime.ZONE).toString();
        List<Map<String, Object>> rows = api().when().get("/api/v1/open-data/comments.json").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.text == 'Wann genau?' }");
        assertEquals(1, rows.size());
        assertEquals(today, rows.get(0).get("created_on"));
        assertFalse(rows.get(0).keySet().stream().anyMatch(key -> key.endsWith("_at")), rows.get(0).toString());
    }

    private static String section(String docs, String name) {
        int start = docs.indexOf("## `" + name + "`");
        if (start < 0) {
            return null;
        }
        int end = docs.indexOf("\n## ", start + 1);
        return docs.substring(start, end < 0 ? docs.length() : end);
    }
}
