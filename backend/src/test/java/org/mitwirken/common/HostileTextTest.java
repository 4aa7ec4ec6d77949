package org.mitwirken.common;

import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever text admins enter is stored and returned exactly; rendering it inert is the clients' job. Names and titles
 * take no bidirectional overrides (UnprintableNamesTest), so theirs is the hostile text without one.
 */
@QuarkusTest
@DisplayName("Hostile and unusual text")
class HostileTextTest {
    private static final String TEXT = "<script>alert('x')</script><img src=x onerror=alert(1)> "
            + "Ärger über Straßen 🚲 مرحبا بالعالم \u202Egnp.exe " + "ß".repeat(150);
    private static final String NAME = TEXT.replace("\u202E", "").substring(0, 190);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "fields-of-action", "districts", "interview-notes" })
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("round-trips unchanged through every kind of content")
    void roundTrips(String collection) {
        Map<String, Object> body = switch (collection) {
            case "fields-of-action" -> Map.of("title", NAME, "summary", TEXT,
                    "goals", List.of(Map.of("title", NAME, "description", TEXT)));
            case "districts" -> Map.of("name", NAME);
            default -> Map.of("title", NAME, "stakeholder", NAME, "interviewDate", "2023-12-01",
                    "topicAreas", List.of("CULTURE"), "summary", TEXT,
                    "findings", List.of(Map.of("type", "CHALLENGE", "text", TEXT)));
        };
        String titleField = collection.equals("districts") ? "name" : "title";

        String slug = api().contentType(ContentType.JSON).body(body).when().post("/api/v1/" + collection)
                .then().statusCode(201).extract().path("slug");
        var read = api().when().get("/api/v1/" + collection + "/" + slug).then().statusCode(200)
                .body(titleField, equalTo(NAME));
        if (!collection.equals("districts")) {
            read.body(collection.equals("interview-notes") ? "findings[0].text" : "goals[0].description",
                    equalTo(TEXT));
        }
    }
}
