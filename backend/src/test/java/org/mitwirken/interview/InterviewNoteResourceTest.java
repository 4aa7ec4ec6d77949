package org.mitwirken.interview;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.interview.InterviewNoteBuilder.aNote;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@DisplayName("Stakeholder-interview notes (Gesprächsvermerke)")
class InterviewNoteResourceTest {

    @Test
    @DisplayName("the public list filters by topic area, stakeholder and field of action; drafts never appear")
    void filtersAndHidesDrafts() {
        String field = aFieldOfAction().create().slug();
        InterviewNoteResponse culture = aNote().with("Referat Kultur Filtertest", TopicArea.CULTURE)
                .informing(field).create();
        InterviewNoteResponse draft = aNote().with("Referat Kultur Filtertest", TopicArea.CULTURE).draft().create();

        List<String> cultural = allPages("/api/v1/interview-notes?topicArea=CULTURE", "slug");
        assertThat(cultural, hasItem(culture.slug()));
        assertThat(cultural, not(hasItem(draft.slug())));
        api().queryParam("stakeholder", "kultur filtertest").when().get("/api/v1/interview-notes")
                .then().statusCode(200).body("items.slug", contains(culture.slug()));
        api().queryParam("fieldOfAction", field).when().get("/api/v1/interview-notes")
                .then().statusCode(200).body("items.slug", contains(culture.slug()))
                .body("items[0].fieldsOfAction.slug", contains(field));
        api().when().get("/api/v1/interview-notes/" + draft.slug()).then().statusCode(404);
    }

    @Test
    @DisplayName("a stakeholder filter with SQL wildcards matches them literally")
    void wildcardsAreLiteral() {
        aNote().with("Wildcard Test GmbH", TopicArea.ECONOMY).create();
        api().queryParam("stakeholder", "%").queryParam("topicArea", "ECONOMY").when().get("/api/v1/interview-notes")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "redaktion", roles = "admin")
    @DisplayName("an admin writes a note with typed findings; edits are versioned and recorded with who and what")
    void editsAreRecorded() {
        Map<String, Object> body = body();
        var created = api().contentType(ContentType.JSON).body(body).when().post("/api/v1/interview-notes")
                .then().statusCode(201)
                .body("topicAreas", contains("HOUSING", "SOCIAL"))
                .body("findings.type", contains("POTENTIAL", "PROJECT_IDEA"))
                .body("participants[0].headCount", equalTo(2))
                .body("publicationState", equalTo("DRAFT"))
                .extract();
        String slug = created.path("slug");

        body.put("summary", "Neue Zusammenfassung");
        body.put("version", created.path("version"));
        api().contentType(ContentType.JSON).body(body).when().put("/api/v1/interview-notes/" + slug)
                .then().statusCode(200).body("summary", equalTo("Neue Zusammenfassung"));
        body.put("summary", "Veraltete Fassung");
        api().contentType(ContentType.JSON).body(body).when().put("/api/v1/interview-notes/" + slug)
                .then().statusCode(409);
        api().when().post("/api/v1/interview-notes/" + slug + "/publish").then().statusCode(200);

        api().when().get("/api/v1/interview-notes/" + slug + "/revisions")
                .then().statusCode(200)
                .body("changes", contains(List.of("created"), List.of("summary"), List.of("published")))
                .body("changedBy", contains("redaktion", "redaktion", "redaktion"));
        api().when().get("/api/v1/interview-notes/" + slug).then().body("summary", equalTo("Neue Zusammenfassung"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = { "topicAreas|[]", "topicAreas|[\"GARDENING\"]",
            "findings|[{\"type\": \"WISH\", \"text\": \"x\"}]", "participants|[{\"role\": \"Chef\", \"headCount\": 0}]",
            "fieldsOfAction|[\"atlantis\"]", "interviewDate|\"Dezember 2023\"" })
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("invalid topic areas, finding types, head counts, links and dates are refused field by field")
    void validation(String field, String json) throws Exception {
        Map<String, Object> body = body();
        body.put(field, new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class));

        badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/interview-notes")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.startsWith(field));
    }

    @Test
    @DisplayName("the change history is for admins only")
    void historyNeedsAdmin() {
        InterviewNoteResponse note = aNote().create();
        api().when().get("/api/v1/interview-notes/" + note.slug() + "/revisions").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen")
    @DisplayName("citizens may read notes but not write them or see their history")
    void citizenIsForbidden() {
        InterviewNoteResponse note = aNote().create();
        api().when().get("/api/v1/interview-notes/" + note.slug() + "/revisions").then().statusCode(403);
        api().contentType(ContentType.JSON).body(body()).when().post("/api/v1/interview-notes").then().statusCode(403);
        api().when().delete("/api/v1/interview-notes/" + note.slug()).then().statusCode(403);
        api().when().get("/api/v1/interview-notes/" + note.slug()).then().statusCode(200);
    }

    private static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Wohnen");
        body.put("stakeholder", "Bau AG Kaiserslautern");
        body.put("interviewDate", "2023-12-05");
        body.put("topicAreas", List.of("SOCIAL", "HOUSING"));
        body.put("participants", List.of(Map.of("role", "Geschäftsführung", "headCount", 2)));
        body.put("summary", "Gesprochen wurde über bezahlbaren Wohnraum.");
        body.put("findings", List.of(Map.of("type", "POTENTIAL", "text", "Flächen im Bestand"),
                Map.of("type", "PROJECT_IDEA", "text", "Quartiersbüro")));
        return body;
    }
}
