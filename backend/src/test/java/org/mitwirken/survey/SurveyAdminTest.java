package org.mitwirken.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.survey.SurveyBuilder.answersToEveryQuestion;
import static org.mitwirken.survey.SurveyBuilder.choice;
import static org.mitwirken.survey.SurveySubmissionTest.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.integrity.IntegrityMode;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
@DisplayName("Building and exporting surveys")
class SurveyAdminTest {

    @Test
    @DisplayName("an admin builds a survey on a format; ill-formed questions are refused field by field")
    void buildSurvey() {
        SurveyRequest request = aSurvey().withEveryQuestionType().request();
        api().contentType(ContentType.JSON).body(request).when().post("/api/v1/surveys").then().statusCode(201)
                .body("questions.type", contains("SINGLE_CHOICE", "MULTIPLE_CHOICE", "SCALE", "FREE_TEXT", "RANKING",
                        "LOCATION"))
                .body("questions[2].scale.minLabel", equalTo("gar nicht"))
                .body("open", equalTo(true));
        api().queryParam("format", request.format()).when().get("/api/v1/surveys").then().statusCode(200)
                .body("slug", contains(request.slug()));

        SurveyRequest bad = aSurvey().with(new QuestionRequest("eins", QuestionType.SINGLE_CHOICE, "Eins", null, true,
                List.of(new ChoiceOption("a", "A")), null, null))
                .with(new QuestionRequest("skala", QuestionType.SCALE, "Skala", null, true, null,
                        new QuestionRequest.Scale(5, 1, "x", "y"), null))
                .with(new QuestionRequest("text", QuestionType.FREE_TEXT, "Text", null, true,
                        List.of(new ChoiceOption("a", "A"), new ChoiceOption("b", "B")), null, null))
                .request();
        badRequest().contentType(ContentType.JSON).body(bad).when().post("/api/v1/surveys").then().statusCode(400)
                .body("violations.field", contains("questions[0].options", "questions[1].scale.max",
                        "questions[2].options"));
    }

    @Test
    @DisplayName("once responses exist, changes that would break answers are refused; harmless ones pass")
    void questionsFreezeWithResponses() {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        submit(survey, answersToEveryQuestion()).then().statusCode(201);
        SurveyRequest original = aSurvey().withEveryQuestionType().onFormat(survey.format()).request();

        List<QuestionRequest> broken = new ArrayList<>(original.questions());
        broken.set(0, choice(QuestionType.MULTIPLE_CHOICE, "single-choice", true, "bus", "rad", "auto"));
        broken.set(1, choice(QuestionType.MULTIPLE_CHOICE, "multiple-choice", true, "park", "markt"));
        broken.set(2, new QuestionRequest("scale", QuestionType.SCALE, "Wie zufrieden?", null, true, null,
                new QuestionRequest.Scale(1, 10, "gar nicht", "sehr"), null));
        broken.remove(5);
        broken.add(choice(QuestionType.SINGLE_CHOICE, "neu", true, "ja", "nein"));
        badRequest().contentType(ContentType.JSON).body(update(survey, original, broken))
                .when().put("/api/v1/surveys/" + survey.slug()).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("questions", "questions[0].type", "questions[1].options",
                        "questions[2].scale", "questions[5].required"));

        List<QuestionRequest> harmless = new ArrayList<>(original.questions());
        harmless.set(0, new QuestionRequest("single-choice", QuestionType.SINGLE_CHOICE, "Neuer Titel", "Neue Hilfe",
                true, List.of(new ChoiceOption("bus", "Bus"), new ChoiceOption("rad", "Rad"),
                        new ChoiceOption("auto", "Auto"), new ChoiceOption("zu-fuss", "Zu Fuß")), null, null));
        harmless.add(choice(QuestionType.SINGLE_CHOICE, "neu", false, "ja", "nein"));
        api().contentType(ContentType.JSON).body(update(survey, original, harmless))
                .when().put("/api/v1/surveys/" + survey.slug()).then().statusCode(200)
                .body("questions[0].title", equalTo("Neuer Titel")).body("questions", org.hamcrest.Matchers.hasSize(7));
        api().when().delete("/api/v1/surveys/" + survey.slug()).then().statusCode(409);
    }

    @Test
    @DisplayName("the CSV export is UTF-8 with umlauts, quotes what needs quoting and neutralises formulas")
    void csvExport() {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        Map<String, Object> answers = answersToEveryQuestion();
        answers.put("free-text", Map.of("text", "=HYPERLINK(\"http://böse.example\"), \"zitiert\""));
        submit(survey, answers).then().statusCode(201);
        answers.put("free-text", Map.of("text", "Grünflächen\nam Fluss"));
        submit(survey, answers).then().statusCode(201);

        byte[] bytes = api().accept("text/csv").when().get("/api/v1/surveys/" + survey.slug() + "/responses")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFid,submitted_on,channel,single-choice,multiple-choice,scale,free-text,"
                + "ranking,location_lon,location_lat,location_category\r\n"), csv);
        assertTrue(csv.contains(",Option bus,\"Option park; Option see\",4,\"'=HYPERLINK(\"\"http://böse.example\"\"), "
                + "\"\"zitiert\"\"\",Option klima > Option wohnen > Option verkehr,7.77,49.44,Option lieblingsort"),
                csv);
        assertTrue(csv.contains("\"Grünflächen\nam Fluss\""), csv);
        assertEquals(3, csv.split("\r\n").length, csv);
    }

    @Test
    @DisplayName("the JSON export carries option keys, in rank order for rankings")
    void jsonExport() {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        submit(survey, answersToEveryQuestion()).then().statusCode(201);
        api().when().get("/api/v1/surveys/" + survey.slug() + "/responses").then().statusCode(200)
                .body("[0].channel", equalTo("ONLINE"))
                .body("[0].answers.ranking", contains("klima", "wohnen", "verkehr"))
                .body("[0].answers.multiple-choice", contains("park", "see"))
                .body("[0].answers.location.category", equalTo("lieblingsort"));
    }

    @Test
    @DisplayName("a one-per-account survey that has closed cannot open again: who answered it is no longer kept")
    void closedOnePerAccountSurveyStaysClosed() {
        SurveyRequest request = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT)
                .window(Instant.now().minusSeconds(86_400), Instant.now().minusSeconds(60)).request();
        SurveyView survey = api().contentType(ContentType.JSON).body(request).when().post("/api/v1/surveys").then()
                .statusCode(201).extract().as(SurveyView.class);
        SurveyRequest reopened = new SurveyRequest(request.format(), survey.slug(), request.title(),
                request.description(), request.integrityMode(), request.resultsVisibility(), request.opensAt(),
                Instant.now().plusSeconds(86_400), request.questions(), survey.version());
        api().contentType(ContentType.JSON).body(reopened).when().put("/api/v1/surveys/" + survey.slug()).then()
                .statusCode(400).body("violations.field", contains("closesAt"));
    }

    private static SurveyRequest update(SurveyView survey, SurveyRequest original, List<QuestionRequest> questions) {
        return new SurveyRequest(original.format(), survey.slug(), original.title(), original.description(),
                original.integrityMode(), original.resultsVisibility(), original.opensAt(), original.closesAt(),
                questions, survey.version());
    }
}
