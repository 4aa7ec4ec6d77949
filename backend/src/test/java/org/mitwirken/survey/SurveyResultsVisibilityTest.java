package org.mitwirken.survey;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
