package org.mitwirken.survey;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.integrity.Participant;

@QuarkusTest
@DisplayName("Survey results public live or only after the survey closes, as the admin chose")
class SurveyResultsVisibilityTest {

    @Test
    @DisplayName("AFTER_CLOSE: while the survey runs, visitors get 403 and the report leaves it out")
    void hiddenWhileOpen() {
        SurveyView survey = aSurvey().withEveryQuestionType().resultsAfterClose().create();
        api().when().get("/api/v1/surveys/" + survey.slug()).then().statusCode(200)
                .body("resultsVisibility", equalTo("AFTER_CLOSE")).body("resultsPublic", equalTo(false));
        api().when().get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(403)
                .body("type", equalTo("urn:mitwirken:problem:results-not-public-yet"));
        api().when().get("/api/v1/formats/" + survey.format() + "/report").then().statusCode(200)
                .body("surveys", empty());
    }

    @Test
    @DisplayName("AFTER_CLOSE: a published free text stays out of \"Was ist daraus geworden?\" while the survey runs")
    void freeTextsWaitToo() {
        SurveyView survey = aSurvey().with(new QuestionRequest("idee", QuestionType.FREE_TEXT, "Ihre Idee?", null, true,
                null, null, null)).resultsAfterClose().create();
        CDI.current().select(SubmissionService.class).get().submit(survey.slug(), new SubmissionRequest(Map.of("idee",
                new SubmissionRequest.Answer(null, null, null, "Ein Brunnen", null, null, null)), null),
                Participant.SERVER);
        FreeTextModeration moderation = CDI.current().select(FreeTextModeration.class).get();
        UUID answer = moderation.pending(survey.slug()).get(0).id();
        moderation.decide(answer, FreeTextState.PUBLISHED);
        api().when().get("/api/v1/outcomes/inputs/SURVEY_ANSWER/" + answer).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "visibility-admin", roles = "admin")
    @DisplayName("AFTER_CLOSE: admins see the results while the survey runs")
    void staffSeeThemAlways() {
        SurveyView survey = aSurvey().withEveryQuestionType().resultsAfterClose().create();
        api().when().get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(200);
    }

    @Test
    @DisplayName("AFTER_CLOSE: once the survey has closed, everyone sees the results")
    void publicAfterClosing() {
        SurveyView survey = aSurvey().withEveryQuestionType().resultsAfterClose()
                .window(Instant.now().minusSeconds(7200), Instant.now().minusSeconds(60)).create();
        api().when().get("/api/v1/surveys/" + survey.slug()).then().body("resultsPublic", equalTo(true));
        api().when().get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(200)
                .body("survey", equalTo(survey.slug()));
    }

    @Test
    @DisplayName("LIVE (the default): results are public while the survey runs")
    void liveByDefault() {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        api().when().get("/api/v1/surveys/" + survey.slug()).then().body("resultsVisibility", equalTo("LIVE"))
                .body("resultsPublic", equalTo(true));
        api().when().get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(200);
    }
}
