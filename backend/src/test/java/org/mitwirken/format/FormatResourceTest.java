package org.mitwirken.format;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mitwirken.support.Contract.allPages;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mitwirken.process.ProcessResponse;

@QuarkusTest
@DisplayName("Participation formats")
class FormatResourceTest {

    @Test
    @DisplayName("the public list shows published formats of a process in date order, with process and phase")
    void listsPublishedFormatsInDateOrder() {
        ProcessResponse process = aProcess().withPhase("strategie").create();
        aFormatIn(process.slug()).titled("Später").on(LocalDate.of(2024, 11, 13)).create();
        aFormatIn(process.slug()).titled("Früher").on(LocalDate.of(2023, 12, 1)).inPhase("strategie").create();

        api().queryParam("process", process.slug())
                .when().get("/api/v1/formats")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.title", contains("Früher", "Später"))
                .body("items[0].process.slug", equalTo(process.slug()))
                .body("items[0].phase.slug", equalTo("strategie"))
                .body("items[0].publicationState", equalTo("PUBLISHED"));
    }

    @Test
    @DisplayName("filters by kind and phase combine with the process filter")
    void filtersByKindAndPhase() {
        ProcessResponse process = aProcess().withPhase("bestandsaufnahme").withPhase("strategie").create();
        aFormatIn(process.slug()).titled("Umfrage").kind(FormatKind.ONLINE_SURVEY).inPhase("bestandsaufnahme").create();
        aFormatIn(process.slug()).titled("Begehung").kind(FormatKind.DISTRICT_WALK).inPhase("bestandsaufnahme").create();
        aFormatIn(process.slug()).titled("Dialog").kind(FormatKind.PUBLIC_DIALOGUE).inPhase("strategie").create();

        api().queryParam("process", process.slug()).queryParam("kind", "DISTRICT_WALK")
                .when().get("/api/v1/formats")
                .then().statusCode(200).body("items.title", contains("Begehung"));
        api().queryParam("process", process.slug()).queryParam("phase", "bestandsaufnahme").queryParam("sort", "title")
                .when().get("/api/v1/formats")
                .then().statusCode(200).body("items.title", contains("Begehung", "Umfrage"));
        api().queryParam("process", "no-such-process")
                .when().get("/api/v1/formats")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    @DisplayName("fields of action are linked by slug; the public sees only the published ones")
    void linksFieldsOfAction() {
        var published = org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction().titled("Mobilität").create();
        var draft = org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction().draft().create();
        FormatResponse format = aFormatIn(aProcess().create().slug()).contributingTo(published.slug(), draft.slug())
                .create();

        api().when().get("/api/v1/formats/" + format.slug())
                .then().statusCode(200).body("fieldsOfAction.title", contains("Mobilität"));
        api().queryParam("fieldOfAction", published.slug()).when().get("/api/v1/formats")
                .then().statusCode(200).body("items.slug", contains(format.slug()));
        api().queryParam("fieldOfAction", draft.slug()).when().get("/api/v1/formats")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @DisplayName("pages split the list deterministically and report the total")
    void pagesThroughTheList() {
        ProcessResponse process = aProcess().create();
        for (int day = 1; day <= 5; day++) {
            aFormatIn(process.slug()).titled("Termin " + day).on(LocalDate.of(2024, 3, day)).create();
        }

        api().queryParam("process", process.slug()).queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/v1/formats")
                .then().statusCode(200)
                .body("items.title", contains("Termin 5"))
                .body("page", equalTo(2)).body("size", equalTo(2)).body("total", equalTo(5));
        api().queryParam("process", process.slug()).queryParam("size", 2).queryParam("page", 99)
                .when().get("/api/v1/formats")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(5));
        api().queryParam("process", process.slug()).queryParam("sort", "-startsOn").queryParam("size", 1)
                .when().get("/api/v1/formats")
                .then().statusCode(200).body("items.title", contains("Termin 5"));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({ "size,101", "size,0", "size,-5", "page,-1", "page,abc", "size,1e3", "kind,WORKSHOP",
            "sort,password" })
    @DisplayName("out-of-range or malformed list parameters give a 400 problem naming the parameter")
    void refusesBadListParameters(String parameter, String value) {
        badRequest().queryParam(parameter, value)
                .when().get("/api/v1/formats")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mitwirken:problem:validation-failed"))
                .body("violations.field", hasItem(parameter));
    }

    @Test
    @DisplayName("a draft format, and a published format of a draft process, are invisible to the public")
    void draftsAreInvisible() {
        ProcessResponse published = aProcess().create();
        FormatResponse draft = aFormatIn(published.slug()).draft().create();
        ProcessResponse draftProcess = aProcess().draft().create();
        FormatResponse inDraftProcess = aFormatIn(draftProcess.slug()).create();

        api().when().get("/api/v1/formats/" + draft.slug())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:mitwirken:problem:not-found"));
        api().when().get("/api/v1/formats/" + inDraftProcess.slug()).then().statusCode(404);
        List<String> listed = allPages("/api/v1/formats", "slug");
        assertThat(listed, not(hasItem(draft.slug())));
        assertThat(listed, not(hasItem(inDraftProcess.slug())));
        api().queryParam("process", draftProcess.slug()).when().get("/api/v1/formats")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "citizen")
    @DisplayName("a logged-in citizen does not see drafts either")
    void citizenDoesNotSeeDrafts() {
        FormatResponse draft = aFormatIn(aProcess().create().slug()).draft().create();

        api().when().get("/api/v1/formats/" + draft.slug()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin sees drafts in the list and in detail")
    void adminSeesDrafts() {
        ProcessResponse process = aProcess().create();
        FormatResponse draft = aFormatIn(process.slug()).draft().create();

        api().when().get("/api/v1/formats/" + draft.slug())
                .then().statusCode(200).body("publicationState", equalTo("DRAFT"));
        api().queryParam("process", process.slug()).when().get("/api/v1/formats")
                .then().statusCode(200).body("items.slug", contains(draft.slug()));
    }

    @Test
    @DisplayName("reads carry an ETag; asking again with If-None-Match gives 304 without a body")
    void conditionalGet() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();

        String etag = api().when().get("/api/v1/formats/" + format.slug())
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("no-cache"))
                .extract().header("ETag");
        api().header("If-None-Match", etag)
                .when().get("/api/v1/formats/" + format.slug())
                .then().statusCode(304).body(equalTo(""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin creates a draft format, publishes it, and the public then sees it")
    void createAndPublish() {
        ProcessResponse process = aProcess().withPhase("strategie").create();
        Map<String, Object> body = validBody(process.slug());
        body.put("phase", "strategie");
        body.put("datePrecision", "MONTH");
        body.put("startsOn", "2024-10-01");
        body.put("participation", Map.of("anonymousAllowed", true));

        String slug = api().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/formats")
                .then().statusCode(201)
                .body("slug", startsWith("zukunftswerkstatt-im-oktober-2024"))
                .body("publicationState", equalTo("DRAFT"))
                .body("endsOn", equalTo("2024-10-31"))
                .body("phase.slug", equalTo("strategie"))
                .body("participation.commentsEnabled", equalTo(true))
                .body("participation.anonymousAllowed", equalTo(true))
                .body("participation.preModeration", equalTo(false))
                .extract().path("slug");

        api().when().get("/api/v1/formats/" + slug).then().statusCode(200);
        api().when().post("/api/v1/formats/" + slug + "/publish")
                .then().statusCode(200).body("publicationState", equalTo("PUBLISHED"));
        api().queryParam("process", process.slug()).when().get("/api/v1/formats")
                .then().body("items.slug", contains(slug));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("invalid fields give 400 with one violation per field and store nothing")
    void validationViolations() {
        ProcessResponse process = aProcess().create();
        Map<String, Object> body = validBody(process.slug());
        body.put("title", " ");
        body.put("slug", "Nicht Gültig");
        body.put("summary", "x".repeat(1001));
        body.remove("kind");

        badRequest().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/formats")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", contains("kind", "slug", "summary", "title"));
        badRequest().queryParam("process", process.slug()).when().get("/api/v1/formats").then().body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("references and date ranges are checked: unknown process, unknown phase, end before start")
    void crossFieldValidation() {
        Map<String, Object> unknownProcess = validBody("no-such-process");
        api().contentType(ContentType.JSON).body(unknownProcess).when().post("/api/v1/formats")
                .then().statusCode(400).body("violations.field", contains("process"));

        Map<String, Object> badPhaseAndDates = validBody(aProcess().create().slug());
        badPhaseAndDates.put("phase", "no-such-phase");
        badPhaseAndDates.put("endsOn", "2024-01-01");
        api().contentType(ContentType.JSON).body(badPhaseAndDates).when().post("/api/v1/formats")
                .then().statusCode(400).body("violations.field", contains("phase", "endsOn"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "publicationState|PUBLISHED", "createdAt|2020-01-01T00:00:00Z", "id|3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "authorId|42" })
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("fields the API does not accept are refused, so they cannot be mass-assigned")
    void refusesUnknownFields(String field, String value) {
        Map<String, Object> body = validBody(aProcess().create().slug());
        body.put(field, value);

        badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/formats")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(field))
                .body("violations[0].code", equalTo("unknown-field"))
                .body("violations[0].arguments.accepted", containsString("title"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("malformed JSON, wrong types and unknown enum values give 400 problems, never 500")
    void malformedBodies() {
        badRequest().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/v1/formats")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mitwirken:problem:malformed-request"));
        Map<String, Object> wrongEnum = validBody(aProcess().create().slug());
        wrongEnum.put("kind", "PICNIC");
        badRequest().contentType(ContentType.JSON).body(wrongEnum).when().post("/api/v1/formats")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"))
                .body("violations[0].code", equalTo("one-of"))
                .body("violations[0].arguments.allowed", containsString("PUBLIC_DIALOGUE"));
        Map<String, Object> wrongDate = validBody(aProcess().create().slug());
        wrongDate.put("startsOn", "13.11.2024");
        badRequest().contentType(ContentType.JSON).body(wrongDate).when().post("/api/v1/formats")
                .then().statusCode(400).body("violations[0].field", equalTo("startsOn"));
        badRequest().contentType(ContentType.JSON).body("[]").when().post("/api/v1/formats")
                .then().statusCode(400).contentType("application/problem+json");
        badRequest().contentType(ContentType.JSON).when().post("/api/v1/formats")
                .then().statusCode(400).contentType("application/problem+json");
        badRequest().contentType(ContentType.TEXT).body("hello").when().post("/api/v1/formats")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("HTML, emoji, right-to-left text and umlauts are stored and returned exactly as sent")
    void hostileAndUnusualTextRoundTrips() {
        String title = "<script>alert('x')</script> Ärger über Straßen 🚲 مرحبا";
        String body = "<img src=x onerror=alert(1)> [link](javascript:alert(1))";
        Map<String, Object> request = validBody(aProcess().create().slug());
        request.put("title", title);
        request.put("body", body);

        String slug = api().contentType(ContentType.JSON).body(request).when().post("/api/v1/formats")
                .then().statusCode(201).extract().path("slug");
        api().when().get("/api/v1/formats/" + slug)
                .then().statusCode(200).body("title", equalTo(title)).body("body", equalTo(body));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an update based on a stale version is refused with 409 and changes nothing")
    void optimisticLocking() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        Map<String, Object> update = validBody(format.process().slug());
        update.put("title", "Neuer Titel");
        update.put("version", format.version());

        api().contentType(ContentType.JSON).body(update).when().put("/api/v1/formats/" + format.slug())
                .then().statusCode(200).body("title", equalTo("Neuer Titel"))
                .body("version", equalTo((int) format.version() + 1));
        update.put("title", "Überschrieben");
        api().contentType(ContentType.JSON).body(update).when().put("/api/v1/formats/" + format.slug())
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mitwirken:problem:conflict"));
        update.remove("version");
        api().contentType(ContentType.JSON).body(update).when().put("/api/v1/formats/" + format.slug())
                .then().statusCode(400).body("violations.field", contains("version"));
        api().when().get("/api/v1/formats/" + format.slug()).then().body("title", equalTo("Neuer Titel"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a slug taken by another format is a 409 conflict")
    void duplicateSlug() {
        FormatResponse existing = aFormatIn(aProcess().create().slug()).create();
        Map<String, Object> body = validBody(existing.process().slug());
        body.put("slug", existing.slug());

        api().contentType(ContentType.JSON).body(body).when().post("/api/v1/formats")
                .then().statusCode(409).body("code", equalTo("slug-taken"))
                .body("arguments.slug", equalTo(existing.slug()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("unpublishing hides a format again; deleting removes it")
    void unpublishAndDelete() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();

        api().when().post("/api/v1/formats/" + format.slug() + "/unpublish")
                .then().statusCode(200).body("publicationState", equalTo("DRAFT"));
        api().when().delete("/api/v1/formats/" + format.slug()).then().statusCode(204);
        api().when().get("/api/v1/formats/" + format.slug()).then().statusCode(404);
        api().when().delete("/api/v1/formats/" + format.slug()).then().statusCode(404);
    }

    static Map<String, Object> validBody(String processSlug) {
        Map<String, Object> body = new HashMap<>();
        body.put("process", processSlug);
        body.put("kind", "FUTURE_WORKSHOP");
        body.put("title", "Zukunftswerkstatt im Oktober 2024");
        body.put("summary", "Fachreferate sprechen über erste Leitgedanken.");
        body.put("startsOn", "2024-10-15");
        return body;
    }
}
