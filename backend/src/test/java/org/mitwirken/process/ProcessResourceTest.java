package org.mitwirken.process;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
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
import org.mitwirken.support.TestData;

@QuarkusTest
@DisplayName("Processes")
class ProcessResourceTest {

    @Test
    @DisplayName("a published process is listed and shows its phases in order")
    void showsPublishedProcessWithPhases() {
        ProcessResponse process = aProcess().titled("INSEK Test").withPhase("bestandsaufnahme")
                .withPhase("strategie").create();

        api().when().get("/api/v1/processes/" + process.slug())
                .then().statusCode(200)
                .body("title", equalTo("INSEK Test"))
                .body("status", equalTo("ONGOING"))
                .body("phases.slug", contains("bestandsaufnahme", "strategie"));
        assertThat(allPages("/api/v1/processes", "slug"), hasItem(process.slug()));
    }

    @Test
    @DisplayName("a draft process is a 404 and missing from the list for the public")
    void draftProcessIsInvisible() {
        ProcessResponse draft = aProcess().draft().create();

        api().when().get("/api/v1/processes/" + draft.slug())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(draft.slug()));
        assertThat(allPages("/api/v1/processes", "slug"), not(hasItem(draft.slug())));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin creates a draft process with phases; the slug is derived from the German title")
    void createsProcess() {
        Map<String, Object> body = body("Grünflächen für Kaiserslautern " + TestData.uniqueSlug("x"));

        api().contentType(ContentType.JSON).body(body).when().post("/api/v1/processes")
                .then().statusCode(201)
                .body("slug", containsString("gruenflaechen-fuer-kaiserslautern"))
                .body("publicationState", equalTo("DRAFT"))
                .body("phases.title", contains("Bestandsaufnahme", "Strategie"))
                .body("phases.slug", contains("bestandsaufnahme", "strategie"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("renaming phases keeps the identity of phases whose slug stays, so formats stay on them")
    void updateKeepsPhaseIdentity() {
        ProcessResponse process = aProcess().withPhase("strategie").withPhase("konzept").create();
        aFormatIn(process.slug()).inPhase("strategie").create();
        Map<String, Object> body = body(process.title());
        body.put("version", process.version());
        body.put("phases", List.of(Map.of("slug", "strategie", "title", "Strategie (neu)")));

        api().contentType(ContentType.JSON).body(body).when().put("/api/v1/processes/" + process.slug())
                .then().statusCode(200)
                .body("phases.id", contains(process.phases().get(0).id().toString()))
                .body("phases.title", contains("Strategie (neu)"));
        api().queryParam("process", process.slug()).when().get("/api/v1/formats")
                .then().body("items[0].phase.title", equalTo("Strategie (neu)"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("removing a phase that formats use, or deleting a process with formats, is a 409 conflict")
    void conflictsWhileFormatsDependOnIt() {
        ProcessResponse process = aProcess().withPhase("strategie").create();
        aFormatIn(process.slug()).inPhase("strategie").create();
        Map<String, Object> body = body(process.title());
        body.put("version", process.version());
        body.put("phases", List.of());

        api().contentType(ContentType.JSON).body(body).when().put("/api/v1/processes/" + process.slug())
                .then().statusCode(409).contentType("application/problem+json");
        api().when().delete("/api/v1/processes/" + process.slug())
                .then().statusCode(409).contentType("application/problem+json");
        api().when().get("/api/v1/processes/" + process.slug())
                .then().statusCode(200).body("phases.slug", contains("strategie"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("phase rules: no duplicate slugs, no end before start")
    void phaseValidation() {
        Map<String, Object> body = body("Phasenfehler");
        body.put("phases", List.of(
                Map.of("title", "Strategie", "startsOn", "2024-09-01", "endsOn", "2024-08-01"),
                Map.of("title", "Strategie")));

        badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/processes")
                .then().statusCode(400)
                .body("violations.field", contains("phases[0].endsOn", "phases[1].slug"));
        body.put("phases", List.of(Map.of("title", "")));
        badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/processes")
                .then().statusCode(400).body("violations.field", contains("phases[0].title"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("publishing and withdrawing a process switches what the public sees")
    void publishAndUnpublish() {
        ProcessResponse process = aProcess().draft().create();

        api().when().post("/api/v1/processes/" + process.slug() + "/publish")
                .then().statusCode(200).body("publicationState", equalTo("PUBLISHED"));
        api().when().post("/api/v1/processes/" + process.slug() + "/unpublish")
                .then().statusCode(200).body("publicationState", equalTo("DRAFT"));
        api().when().delete("/api/v1/processes/" + process.slug()).then().statusCode(204);
        api().when().get("/api/v1/processes/" + process.slug()).then().statusCode(404);
    }

    private static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Worum es geht");
        body.put("status", "PLANNED");
        body.put("phases", List.of(Map.of("title", "Bestandsaufnahme"), Map.of("title", "Strategie")));
        return body;
    }
}
