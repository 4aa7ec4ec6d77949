package org.mitwirken.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.survey.SurveyBuilder.answersToEveryQuestion;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.support.TestClients;

@QuarkusTest
@DisplayName("Answering a survey")
class SurveySubmissionTest {

    /** One wrong answer per case, and the field the problem must name. */
    enum WrongAnswer {
        UNKNOWN_CHOICE("single-choice", Map.of("choice", "zug"), "answers.single-choice.choice"),
        NO_CHOICE_BUT_TEXT("single-choice", Map.of("text", "Bus"), "answers.single-choice.choice"),
        NO_CHOICES("multiple-choice", Map.of("choices", List.of()), "answers.multiple-choice.choices"),
        CHOICE_TWICE("multiple-choice", Map.of("choices", List.of("park", "park")),
                "answers.multiple-choice.choices[1]"),
        SCALE_ABOVE_RANGE("scale", Map.of("value", 6), "answers.scale.value"),
        SCALE_BELOW_RANGE("scale", Map.of("value", 0), "answers.scale.value"),
        TEXT_TOO_LONG("free-text", Map.of("text", "x".repeat(101)), "answers.free-text.text"),
        TEXT_BLANK("free-text", Map.of("text", "   "), "answers.free-text.text"),
        RANKING_INCOMPLETE("ranking", Map.of("ranking", List.of("klima", "wohnen")), "answers.ranking.ranking"),
        RANKING_TWICE("ranking", Map.of("ranking", List.of("klima", "klima", "verkehr")),
                "answers.ranking.ranking[1]"),
        LOCATION_OUTSIDE_CITY("location", Map.of("location", Map.of("lon", 8.4, "lat", 49.0), "category",
                "lieblingsort"), "answers.location.location"),
        LOCATION_UNKNOWN_CATEGORY("location", Map.of("location", Map.of("lon", 7.77, "lat", 49.44), "category",
                "irgendwas"), "answers.location.category"),
        LOCATION_WITHOUT_POINT("location", Map.of("category", "lieblingsort"), "answers.location.location"),
        REQUIRED_LEFT_OUT("scale", null, "answers.scale"),
        UNKNOWN_QUESTION("gibt-es-nicht", Map.of("choice", "bus"), "answers.gibt-es-nicht");

        final String question;
        final Map<String, Object> answer;
        final String field;

        WrongAnswer(String question, Map<String, Object> answer, String field) {
            this.question = question;
            this.answer = answer;
            this.field = field;
        }
    }

    @Test
    @DisplayName("a complete, valid set of answers of every question type is stored")
    void acceptsEveryType() {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        submit(survey, answersToEveryQuestion()).then().statusCode(201).body("survey", equalTo(survey.slug()));
        api().when().get("/api/v1/surveys/" + survey.slug()).then().statusCode(200).body("responseCount", equalTo(1));
    }

    @Test
    @DisplayName("optional questions may be left out")
    void optionalMayBeLeftOut() {
        SurveyView survey = aSurvey().with(SurveyBuilder.choice(QuestionType.SINGLE_CHOICE, "optional", false, "a",
                "b")).create();
        submit(survey, Map.of()).then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WrongAnswer.class)
    @DisplayName("a wrong answer is refused with a field-level problem, and nothing is stored")
    void refusesWrongAnswers(WrongAnswer wrong) {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        Map<String, Object> answers = answersToEveryQuestion();
        if (wrong.answer == null) {
            answers.remove(wrong.question);
        } else {
            answers.put(wrong.question, wrong.answer);
        }
        badRequest().contentType(ContentType.JSON).header("X-Forwarded-For", client())
                .body(Map.of("answers", answers)).when().post("/api/v1/surveys/" + survey.slug() + "/responses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(wrong.field));
        api().when().get("/api/v1/surveys/" + survey.slug()).then().body("responseCount", equalTo(0));
    }

    @Test
    @DisplayName("before it opens and after it closes a survey refuses answers with a 409 not-open problem")
    void closedSurveyRefuses() {
        SurveyView over = aSurvey().withEveryQuestionType()
                .window(Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600)).create();
        submit(over, answersToEveryQuestion()).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:mitwirken:problem:not-open"));
        SurveyView later = aSurvey().withEveryQuestionType()
                .window(Instant.now().plusSeconds(3600), Instant.now().plusSeconds(7200)).create();
        submit(later, answersToEveryQuestion()).then().statusCode(409);
        api().when().get("/api/v1/surveys/" + over.slug()).then().body("open", equalTo(false))
                .body("responseCount", equalTo(0));
    }

    @Test
    @DisplayName("ONE_PER_ACCOUNT: without login 401")
    void onePerAccountNeedsLogin() {
        SurveyView survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT).create();
        submit(survey, answersToEveryQuestion()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "clara")
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @DisplayName("ONE_PER_ACCOUNT: an account answers once; the second time is a 409")
    void onePerAccount() {
        SurveyView survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT).create();
        submit(survey, answersToEveryQuestion()).then().statusCode(201);
        submit(survey, answersToEveryQuestion()).then().statusCode(409)
                .body("type", equalTo("urn:mitwirken:problem:already-taken-part"));
        api().when().get("/api/v1/surveys/" + survey.slug()).then().body("responseCount", equalTo(1));
    }

    @Test
    @TestSecurity(user = "clara")
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @DisplayName("ONE_PER_ACCOUNT: the account learns it has answered, so the questions need not be shown again; "
            + "an OPEN survey records nothing of who answered")
    void tellsTheAccountItHasAnswered() {
        SurveyView once = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT).create();
        SurveyView open = aSurvey().withEveryQuestionType().create();
        api().when().get("/api/v1/surveys/" + once.slug() + "/participation").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("survey", equalTo(once.slug())).body("answered", equalTo(false));

        submit(once, answersToEveryQuestion()).then().statusCode(201);
        submit(open, answersToEveryQuestion()).then().statusCode(201);

        api().when().get("/api/v1/surveys/" + once.slug() + "/participation").then().body("answered", equalTo(true));
        api().when().get("/api/v1/surveys/" + open.slug() + "/participation").then().body("answered", equalTo(false));
    }

    @Test
    @DisplayName("whether one has answered is only told to a login (401 without)")
    void participationNeedsLogin() {
        SurveyView survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT).create();
        api().when().get("/api/v1/surveys/" + survey.slug() + "/participation").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "unverified")
    @DisplayName("ONE_PER_ACCOUNT: an account whose e-mail address is not verified gets a 403 saying so")
    void onePerAccountNeedsVerifiedEmail() {
        SurveyView survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT).create();
        submit(survey, answersToEveryQuestion()).then().statusCode(403)
                .body("type", equalTo("urn:mitwirken:problem:email-not-verified"));
        api().when().get("/api/v1/surveys/" + survey.slug()).then().body("responseCount", equalTo(0));
    }

    @Test
    @DisplayName("drafts and unknown surveys are 404")
    void unknownSurvey() {
        api().when().get("/api/v1/surveys/gibt-es-nicht").then().statusCode(404);
        submit("gibt-es-nicht", Map.of()).then().statusCode(404);
    }

    static Response submit(SurveyView survey, Map<String, Object> answers) {
        return submit(survey.slug(), answers);
    }

    static Response submit(String slug, Map<String, Object> answers) {
        return api().contentType(ContentType.JSON).header("X-Forwarded-For", client())
                .body(Map.of("answers", answers)).when().post("/api/v1/surveys/" + slug + "/responses");
    }

    /** A documentation address per call, so the anonymous write limit does not bite across tests. */
    static String client() {
        return TestClients.uniqueAddress();
    }
}
