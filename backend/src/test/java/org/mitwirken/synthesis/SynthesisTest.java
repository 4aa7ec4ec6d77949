package org.mitwirken.synthesis;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.interview.InterviewNoteBuilder.aNote;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.support.TestData.account;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.DecisionRequest;
import org.mitwirken.common.participation.ModerationAction;
import org.mitwirken.district.DistrictResponse;
import org.mitwirken.fieldofaction.FieldOfActionResponse;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.integrity.Participant;
import org.mitwirken.interview.InterviewNoteResponse;
import org.mitwirken.map.MapCategory;
import org.mitwirken.map.MapContributionRequest;
import org.mitwirken.map.MapContributionService;
import org.mitwirken.support.TestData;
import org.mitwirken.survey.FreeTextModeration;
import org.mitwirken.survey.FreeTextState;
import org.mitwirken.survey.QuestionRequest;
import org.mitwirken.survey.QuestionType;
import org.mitwirken.survey.SubmissionRequest;
import org.mitwirken.survey.SubmissionService;

@QuarkusTest
@TestSecurity(user = "mona", roles = "moderator")
@DisplayName("From input to decision")
class SynthesisTest {

    record World(FieldOfActionResponse field, FormatResponse dialogue, FormatResponse survey, DistrictResponse district,
            Map<String, String> refs, String hiddenComment) {
    }

    /** A small process with input of every kind; refs by kind. */
    private static World world() {
        String process = aProcess().create().slug();
        FormatResponse dialogue = aFormatIn(process).titled("Dialog").participation(true, true, false).create();
        FormatResponse survey = aFormatIn(process).titled("Umfrage").participation(true, true, false).create();
        FieldOfActionResponse field = aFieldOfAction().withGoal("gruen").withGoal("wasser").create();
        Point spot = TestData.uniqueSpot();
        double lon = spot.lon();
        double lat = spot.lat();
        DistrictResponse district = aDistrict().named("Erlenbach").around(lon, lat, 0.002).create();

        CommentService comments = CDI.current().select(CommentService.class).get();
        String comment = comments.create(new CommentRequest(CommentTargetType.FORMAT, dialogue.id(), null,
                "Mehr Bäume", null), account("clara")).comment().id().toString();
        String hidden = comments.create(new CommentRequest(CommentTargetType.FORMAT, dialogue.id(), null,
                "Beleidigung", null), account("bernd")).comment().id().toString();
        comments.decide(UUID.fromString(hidden), new DecisionRequest(ModerationAction.HIDE, "Beleidigend"), account("mona"));
        String map = CDI.current().select(MapContributionService.class).get().create(new MapContributionRequest(
                dialogue.slug(), MapCategory.IDEA, "Teich", "Ein Teich im Park", new Point(lon, lat), null, null,
                "Anwohnerin Erika"), null).contribution().id().toString();
        String surveySlug = aSurvey().onFormat(survey.slug()).with(new QuestionRequest("idee", QuestionType.FREE_TEXT,
                "Ihre Idee", null, true, null, null, 200)).create().slug();
        CDI.current().select(SubmissionService.class).get().submit(surveySlug, new SubmissionRequest(Map.of("idee",
                new SubmissionRequest.Answer(null, null, null, "Radweg an der Lauter", null, null, null)), null), Participant.SERVER);
        FreeTextModeration moderation = CDI.current().select(FreeTextModeration.class).get();
        String answer = moderation.pending(surveySlug).stream().findFirst()
                .orElseThrow().id().toString();
        moderation.decide(UUID.fromString(answer), FreeTextState.PUBLISHED);
        InterviewNoteResponse note = aNote().create();
        String observation = api().contentType(ContentType.JSON).body(Map.of("format", survey.slug(),
                "kind", "WALK_STOP", "title", "Halt am Dorfplatz", "text", "Der Platz ist zu laut",
                "location", Map.of("lon", lon, "lat", lat))).when().post("/api/v1/synthesis/observations")
                .then().statusCode(201).body("district", equalTo(district.slug())).extract().path("id");
        return new World(field, dialogue, survey, district, Map.of("COMMENT", comment, "MAP_CONTRIBUTION", map,
                "SURVEY_ANSWER", answer, "INTERVIEW_FINDING", note.id() + ":0", "OBSERVATION", observation), hidden);
    }

    @Test
    @DisplayName("linked input and responses show on the field's public page, grouped, with exact counts")
    void publicOutcome() {
        World world = world();
        link(world, List.of("COMMENT", "MAP_CONTRIBUTION"), "gruen");
        link(world, List.of("SURVEY_ANSWER", "INTERVIEW_FINDING", "OBSERVATION", "COMMENT"), null);
        link(world, List.of("COMMENT"), null);
        String taken = respond(world, "gruen", "TAKEN_UP", List.of("COMMENT", "MAP_CONTRIBUTION"));
        respond(world, null, "UNDER_REVIEW", List.of("INTERVIEW_FINDING"));

        String page = api().when().get("/api/v1/outcomes/fields-of-action/" + world.field().slug()).then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("byFormat.key", contains(world.dialogue().slug(), world.survey().slug(), null))
                .body("byFormat.count", contains(2, 2, 1))
                .body("byFormat[0].label", equalTo("Dialog"))
                .body("byDistrict.key", containsInAnyOrder(world.district().slug(), null))
                .body("byDistrict.find { it.key == '" + world.district().slug() + "' }.count", equalTo(2))
                .body("byDistrict.find { it.key == '" + world.district().slug() + "' }.label", equalTo("Erlenbach"))
                .body("responses.status", contains("TAKEN_UP", "UNDER_REVIEW"))
                .body("responses[0].target.goal", equalTo("gruen"))
                .extract().asString();
        assertFalse(page.contains("Anwohnerin Erika") || page.contains("mona") || page.contains("Beleidigung"),
                "no author names, no staff names, no hidden input: " + page);

        api().when().get("/api/v1/formats/" + world.dialogue().slug() + "/report").then().statusCode(200)
                .body("keyFigures.find { it.key == 'COMMENT' }.suppressed", equalTo(true))
                .body("keyFigures.find { it.key == 'MAP_CONTRIBUTION' }.suppressed", equalTo(true))
                .body("responses.title", contains("Antwort der Stadt"))
                .body("responses[0].status", equalTo("TAKEN_UP"));
        api().when().get("/api/v1/formats/" + world.survey().slug() + "/report").then().statusCode(200)
                .body("surveys.size()", equalTo(1))
                .body("responses", empty());
        api().when().get("/api/v1/outcomes/inputs/MAP_CONTRIBUTION/" + world.refs().get("MAP_CONTRIBUTION"))
                .then().statusCode(200)
                .body("links.goal", contains("gruen"))
                .body("responses.id", contains(taken));
        api().when().get("/api/v1/outcomes/inputs/INTERVIEW_FINDING/" + world.refs().get("INTERVIEW_FINDING"))
                .then().statusCode(200).body("responses.status", contains("UNDER_REVIEW"));
    }

    @Test
    @DisplayName("a response lists the contributions it answers with their text, as it names them; one hidden "
            + "since drops out of the list, not out of what the response names")
    void responsesShowWhatTheyAnswer() {
        World world = world();
        link(world, List.of("MAP_CONTRIBUTION", "COMMENT"), null);
        respond(world, null, "PARTLY", List.of("MAP_CONTRIBUTION", "COMMENT"));
        String outcome = "/api/v1/outcomes/fields-of-action/" + world.field().slug();

        List<String> answered = api().when().get(outcome).then().statusCode(200)
                .body("responses[0].answered.ref", containsInAnyOrder(world.refs().get("MAP_CONTRIBUTION"),
                        world.refs().get("COMMENT")))
                .body("responses[0].answered.find { it.kind == 'MAP_CONTRIBUTION' }.title", equalTo("Teich"))
                .body("responses[0].answered.find { it.kind == 'COMMENT' }.text", equalTo("Mehr Bäume"))
                .extract().path("responses[0].answered.ref");
        assertEquals(api().when().get(outcome).then().extract().path("responses[0].inputs.ref"), answered,
                "in the order of inputs");
        CDI.current().select(CommentService.class).get().decide(UUID.fromString(world.refs().get("COMMENT")),
                new DecisionRequest(ModerationAction.HIDE, "Nachträglich ausgeblendet"), account("mona"));

        api().when().get(outcome).then().statusCode(200)
                .body("responses[0].inputs.ref", containsInAnyOrder(world.refs().get("MAP_CONTRIBUTION"),
                        world.refs().get("COMMENT")))
                .body("responses[0].answered.ref", contains(world.refs().get("MAP_CONTRIBUTION")));
    }

    @Test
    @DisplayName("an official response answers a field of action: without one, with contributions or without, it is "
            + "refused with a violation at fieldOfAction and nothing is stored")
    void responsesNeedAFieldOfAction() {
        World world = world();
        Map<String, Object> withInputs = Map.of("title", "Antwort", "status", "TAKEN_UP", "reason", "Weil",
                "inputs", List.of(Map.of("kind", "COMMENT", "ref", world.refs().get("COMMENT"))));
        Map<String, Object> withNothing = Map.of("title", "Antwort", "status", "TAKEN_UP", "reason", "Weil",
                "inputs", List.of());
        Map<String, Object> blankField = new java.util.HashMap<>(withNothing);
        blankField.put("fieldOfAction", " ");

        for (Map<String, Object> body : List.of(withInputs, withNothing, blankField)) {
            badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/synthesis/responses").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:mitwirken:problem:validation-failed"))
                    .body("violations.field", contains("fieldOfAction"));
        }
        api().when().get("/api/v1/outcomes/inputs/COMMENT/" + world.refs().get("COMMENT")).then()
                .body("responses", empty());
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("following a contribution, its author's login is told it wrote it; anyone else is not")
    void writtenByTheViewer() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        CommentService comments = CDI.current().select(CommentService.class).get();
        String mine = comments.create(new CommentRequest(CommentTargetType.FORMAT, format.id(), null, "Meins", null),
                account("clara")).comment().id().toString();
        String others = comments.create(new CommentRequest(CommentTargetType.FORMAT, format.id(), null, "Fremd",
                null), account("bernd")).comment().id().toString();

        api().when().get("/api/v1/outcomes/inputs/COMMENT/" + mine).then().statusCode(200)
                .header("Cache-Control", "no-store").body("writtenByViewer", equalTo(true));
        api().when().get("/api/v1/outcomes/inputs/COMMENT/" + others).then().statusCode(200)
                .body("writtenByViewer", equalTo(false));
    }

    @Test
    @DisplayName("the pool filters by kind, format and whether input is linked; unlinking takes it out again")
    void poolAndUnlink() {
        World world = world();
        api().queryParam("format", world.dialogue().slug()).queryParam("linked", false)
                .when().get("/api/v1/synthesis/inputs").then().statusCode(200)
                .body("input.ref", containsInAnyOrder(world.refs().get("COMMENT"), world.refs().get("MAP_CONTRIBUTION")))
                .body("input.ref", not(hasItem(world.hiddenComment())));
        link(world, List.of("MAP_CONTRIBUTION"), null);
        api().queryParam("format", world.dialogue().slug()).queryParam("linked", true).queryParam("kind",
                "MAP_CONTRIBUTION").when().get("/api/v1/synthesis/inputs").then()
                .body("input.ref", contains(world.refs().get("MAP_CONTRIBUTION")))
                .body("[0].links.fieldOfAction", contains(world.field().slug()));
        api().queryParam("kind", "MAP_CONTRIBUTION").queryParam("ref", world.refs().get("MAP_CONTRIBUTION"))
                .queryParam("fieldOfAction", world.field().slug()).when().delete("/api/v1/synthesis/links")
                .then().statusCode(204);
        api().when().get("/api/v1/outcomes/fields-of-action/" + world.field().slug()).then()
                .body("total", equalTo(0)).body("byFormat", empty());
    }

    @Test
    @DisplayName("hidden or unknown input, unknown goals and unknown fields cannot be linked; nothing is stored then")
    void refusedLinks() {
        World world = world();
        badRequest().contentType(ContentType.JSON).body(Map.of("inputs", List.of(Map.of("kind", "COMMENT",
                "ref", world.hiddenComment()), Map.of("kind", "MAP_CONTRIBUTION", "ref", "keine-id"),
                Map.of("kind", "SURVEY_ANSWER", "ref", world.refs().get("SURVEY_ANSWER"))),
                "fieldOfAction", world.field().slug()))
                .when().post("/api/v1/synthesis/links").then().statusCode(400)
                .body("violations.field", contains("inputs[0].ref", "inputs[1].ref"));
        badRequest().contentType(ContentType.JSON).body(Map.of("inputs", List.of(Map.of("kind", "COMMENT",
                "ref", world.refs().get("COMMENT"))), "fieldOfAction", world.field().slug(), "goal", "gibt-es-nicht"))
                .when().post("/api/v1/synthesis/links").then().statusCode(400)
                .body("violations.field", contains("goal"));
        api().when().get("/api/v1/outcomes/fields-of-action/" + world.field().slug()).then()
                .body("total", equalTo(0));
    }

    private static void link(World world, List<String> kinds, String goal) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("inputs", kinds.stream().map(kind -> Map.of("kind",
                kind, "ref", world.refs().get(kind))).toList(), "fieldOfAction", world.field().slug()));
        if (goal != null) {
            body.put("goal", goal);
        }
        api().contentType(ContentType.JSON).body(body).when().post("/api/v1/synthesis/links").then().statusCode(204);
    }

    private static String respond(World world, String goal, String status, List<String> kinds) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("fieldOfAction", world.field().slug(),
                "title", "Antwort der Stadt", "status", status, "reason", "Weil es passt",
                "inputs", kinds.stream().map(kind -> Map.of("kind", kind, "ref", world.refs().get(kind))).toList()));
        if (goal != null) {
            body.put("goal", goal);
        }
        return api().contentType(ContentType.JSON).body(body).when().post("/api/v1/synthesis/responses").then()
                .statusCode(201).body("status", equalTo(status)).extract().path("id");
    }
}
