package org.mitwirken.statistics;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.TestData.account;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.district.DistrictResponse;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.integrity.Participant;
import org.mitwirken.map.MapCategory;
import org.mitwirken.map.MapContributionRequest;
import org.mitwirken.map.MapContributionService;
import org.mitwirken.support.TestData;
import org.mitwirken.survey.QuestionRequest;
import org.mitwirken.survey.QuestionType;
import org.mitwirken.survey.SubmissionRequest;
import org.mitwirken.survey.SubmissionService;

@QuarkusTest
@DisplayName("Statistics")
class StatisticsTest {

    record Setup(FormatResponse busy, FormatResponse quiet, DistrictResponse district) {
    }

    /** A busy format (3 comments, 6 map contributions in one district, 2 survey responses) and a quiet one. */
    private static Setup setup() {
        String process = aProcess().create().slug();
        FormatResponse busy = aFormatIn(process).titled("Viel los").participation(true, true, false).create();
        FormatResponse quiet = aFormatIn(process).titled("Wenig los").participation(true, true, true).create();
        Point spot = TestData.uniqueSpot();
        double lon = spot.lon();
        double lat = spot.lat();
        DistrictResponse district = aDistrict().named("Siegelbach").around(lon, lat, 0.002).create();
        CommentService comments = CDI.current().select(CommentService.class).get();
        for (int i = 0; i < 3; i++) {
            comments.create(new CommentRequest(CommentTargetType.FORMAT, busy.id(), null, "Kommentar " + i, null),
                    account("person-" + i));
        }
        for (int i = 0; i < 2; i++) {
            comments.create(new CommentRequest(CommentTargetType.FORMAT, quiet.id(), null, "Wartet " + i, null),
                    account("person-" + i));
        }
        MapContributionService map = CDI.current().select(MapContributionService.class).get();
        for (int i = 0; i < 6; i++) {
            map.create(new MapContributionRequest(busy.slug(), MapCategory.IDEA, "Idee " + i, "Text",
                    new Point(lon, lat), null, null, null), account("person-" + i));
        }
        String survey = aSurvey().onFormat(busy.slug()).with(new QuestionRequest("ja", QuestionType.SINGLE_CHOICE,
                "Ja?", null, true, java.util.List.of(new org.mitwirken.survey.ChoiceOption("ja", "Ja"),
                        new org.mitwirken.survey.ChoiceOption("nein", "Nein")), null, null)).create().slug();
        SubmissionService submissions = CDI.current().select(SubmissionService.class).get();
        for (int i = 0; i < 2; i++) {
            submissions.submit(survey, new SubmissionRequest(Map.of("ja", new SubmissionRequest.Answer("ja", null,
                    null, null, null, null, null)), null), Participant.SERVER);
        }
        return new Setup(busy, quiet, district);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("staff see exact counts per format, district and channel, and what waits for moderation")
    void staffView() {
        Setup setup = setup();
        api().when().get("/api/v1/statistics").then().statusCode(200)
                .body(cell("perFormat", setup.busy().id()) + ".count", equalTo(11))
                .body(cell("perFormat", setup.busy().id()) + ".label", equalTo("Viel los"))
                .body(cell("perDistrict", setup.district().id()) + ".count", equalTo(6))
                .body("moderation.pending", greaterThanOrEqualTo(2))
                .body("totals.find { it.key == 'SURVEY_RESPONSE' }.count", greaterThanOrEqualTo(2))
                .body("overTime.size()", greaterThanOrEqualTo(1));
    }

    @Test
    @DisplayName("the public view shows the same numbers but hides counts from 1 to 4 and the moderation figures")
    void publicView() {
        Setup setup = setup();
        api().when().get("/api/v1/statistics/public").then().statusCode(200)
                .body(cell("perFormat", setup.busy().id()) + ".count", equalTo(11))
                .body(cell("perDistrict", setup.district().id()) + ".count", equalTo(6))
                .body(cell("perFormat", setup.quiet().id()), nullValue())
                .body("moderation", nullValue())
                .body("perChannel.find { it.key == 'ONLINE' }.count", notNullValue());
        api().when().get("/api/v1/statistics").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("small numbers are suppressed publicly: a format with two published comments shows no count")
    void smallCellsSuppressed() {
        String process = aProcess().create().slug();
        FormatResponse small = aFormatIn(process).titled("Klein").participation(true, true, false).create();
        CommentService comments = CDI.current().select(CommentService.class).get();
        for (int i = 0; i < 2; i++) {
            comments.create(new CommentRequest(CommentTargetType.FORMAT, small.id(), null, "K" + i, null), account("p" + i));
        }
        api().when().get("/api/v1/statistics/public").then()
                .body(cell("perFormat", small.id()) + ".suppressed", equalTo(true))
                .body(cell("perFormat", small.id()) + ".count", nullValue());
        api().when().get("/api/v1/statistics").then().body(cell("perFormat", small.id()) + ".count", equalTo(2));
    }

    private static String cell(String list, java.util.UUID key) {
        return list + ".find { it.key == '" + key + "' }";
    }
}
