package org.mitwirken.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.survey.SurveyBuilder.choice;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.geo.Point;

@QuarkusTest
@DisplayName("Survey results")
class SurveyResultsTest {
    private static final List<String> MODES = List.of("bus", "rad", "auto");
    private static final List<String> PLACES = List.of("park", "markt", "see");
    private static final List<String> FIELDS = List.of("wohnen", "klima", "verkehr");
    private static final List<String> CATEGORIES = List.of("lieblingsort", "verbessern");

    @Inject
    SubmissionService submissions;

    /** What the test expects, counted while it generates the responses. */
    static final class Expected {
        final Map<String, Long> counts = new HashMap<>();
        final Map<String, Long> rankSums = new HashMap<>();
        long scaleSum;
        long scaleTotal;

        void count(String key) {
            counts.merge(key, 1L, Long::sum);
        }

        long of(String key) {
            return counts.getOrDefault(key, 0L);
        }
    }

    @Test
    @DisplayName("1,000 generated responses give the counts, shares, mean and rank scores computed independently")
    void resultsMatchIndependentComputation() {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        Random random = new Random(20240320);
        Expected all = new Expected();
        Map<String, Expected> byMode = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            // "auto" is chosen exactly three times, so its breakdown group must be suppressed.
            String mode = i < 3 ? "auto" : MODES.get(random.nextInt(2));
            List<String> places = PLACES.stream().filter(p -> random.nextBoolean()).toList();
            places = places.isEmpty() ? List.of("see") : places;
            int scale = 1 + random.nextInt(5);
            List<String> ranking = new ArrayList<>(FIELDS);
            Collections.shuffle(ranking, random);
            String category = CATEGORIES.get(random.nextInt(2));
            submissions.submit(survey.slug(), new SubmissionRequest(Map.of(
                    "single-choice", answer(mode, null, null, null, null, null),
                    "multiple-choice", answer(null, places, null, null, null, null),
                    "scale", answer(null, null, scale, null, null, null),
                    "free-text", answer(null, null, null, "Antwort " + i, null, null),
                    "ranking", answer(null, null, null, null, ranking, null),
                    "location", answer(null, null, null, null, null, category)), null), null);
            for (Expected expected : List.of(all, byMode.computeIfAbsent(mode, m -> new Expected()))) {
                expected.count("single-choice|" + mode);
                places.forEach(p -> expected.count("multiple-choice|" + p));
                expected.count("scale|" + scale);
                expected.scaleSum += scale;
                expected.scaleTotal++;
                for (int rank = 1; rank <= ranking.size(); rank++) {
                    expected.count("ranking|" + ranking.get(rank - 1));
                    expected.rankSums.merge(ranking.get(rank - 1), (long) rank, Long::sum);
                }
                expected.count("location|" + category);
            }
        }

        SurveyResults results = api().queryParam("breakdown", "single-choice").when()
                .get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(200)
                .extract().as(SurveyResults.class);
        assertEquals(1000, results.responses());
        check(results.questions(), all, 1000, false);

        SurveyResults.Group auto = group(results, "auto");
        assertTrue(auto.suppressed());
        assertNull(auto.responses());
        assertTrue(auto.questions().isEmpty());
        for (String mode : List.of("bus", "rad")) {
            SurveyResults.Group group = group(results, mode);
            long size = byMode.get(mode).of("single-choice|" + mode);
            assertEquals(size, group.responses());
            check(group.questions(), byMode.get(mode), size, true);
        }
    }

    @Test
    @TestSecurity(user = "mona", roles = "moderator")
    @DisplayName("free texts appear in the public results only after a moderator published them")
    void freeTextsAfterModeration() {
        SurveyView survey = aSurvey().with(new QuestionRequest("idee", QuestionType.FREE_TEXT, "Ihre Idee", null, true,
                null, null, 200)).create();
        for (String text : List.of("Mehr Bänke", "Beleidigung")) {
            submissions.submit(survey.slug(), new SubmissionRequest(Map.of("idee",
                    answer(null, null, null, text, null, null)), null), null);
        }
        api().when().get("/api/v1/surveys/" + survey.slug() + "/results").then()
                .body("questions[0].answered", equalTo(2)).body("questions[0].texts", empty());

        List<Map<String, Object>> pending = api().queryParam("survey", survey.slug())
                .when().get("/api/v1/moderation/survey-answers").then().statusCode(200).extract().path("$");
        assertEquals(2, pending.size());
        for (Map<String, Object> item : pending) {
            String state = "Mehr Bänke".equals(item.get("text")) ? "PUBLISHED" : "HIDDEN";
            api().contentType(ContentType.JSON).body(Map.of("state", state))
                    .when().put("/api/v1/moderation/survey-answers/" + item.get("id") + "/state")
                    .then().statusCode(204);
        }
        api().when().get("/api/v1/surveys/" + survey.slug() + "/results").then()
                .body("questions[0].texts", contains("Mehr Bänke"));
    }

    @Test
    @DisplayName("a breakdown needs a single-choice question of the survey")
    void breakdownMustBeSingleChoice() {
        SurveyView survey = aSurvey().withEveryQuestionType().with(choice(QuestionType.SINGLE_CHOICE, "extra", false,
                "a", "b")).create();
        org.mitwirken.support.Contract.badRequest().queryParam("breakdown", "scale")
                .when().get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(400)
                .body("violations.field", contains("breakdown"));
    }

    private static void check(List<SurveyResults.QuestionResult> questions, Expected expected, long responses,
            boolean suppressSmall) {
        Map<String, SurveyResults.QuestionResult> byQuestion = new HashMap<>();
        questions.forEach(q -> byQuestion.put(q.question(), q));
        for (String question : List.of("single-choice", "multiple-choice", "ranking", "location")) {
            SurveyResults.QuestionResult result = byQuestion.get(question);
            assertEquals(responses, result.answered(), question);
            for (SurveyResults.OptionResult option : result.options()) {
                long count = expected.of(question + "|" + option.key());
                if (suppressSmall && count > 0 && count < 5) {
                    assertTrue(option.suppressed(), question + " " + option.key());
                    assertNull(option.count());
                    continue;
                }
                assertEquals(count, option.count(), question + " " + option.key());
                assertEquals((double) count / responses, option.share(), 1e-9, question + " " + option.key());
                if (question.equals("ranking")) {
                    long rankSum = expected.rankSums.get(option.key());
                    assertEquals((double) (count * 4 - rankSum) / responses, option.rankScore(), 1e-9);
                    assertEquals((double) rankSum / count, option.meanRank(), 1e-9);
                }
            }
        }
        SurveyResults.ScaleResult scale = byQuestion.get("scale").scale();
        assertEquals((double) expected.scaleSum / expected.scaleTotal, scale.mean(), 1e-9);
        scale.distribution().forEach(cell -> {
            long count = expected.of("scale|" + cell.value());
            assertEquals(suppressSmall && count > 0 && count < 5 ? null : count, cell.count());
        });
    }

    private static SurveyResults.Group group(SurveyResults results, String key) {
        return results.breakdown().groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    private static SubmissionRequest.Answer answer(String choice, List<String> choices, Integer value, String text,
            List<String> ranking, String category) {
        return new SubmissionRequest.Answer(choice, choices, value, text, ranking,
                category == null ? null : new Point(7.75 + Math.random() / 20, 49.43 + Math.random() / 50), category);
    }
}
