package org.mitwirken.common.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.survey.SurveyBuilder.answersToEveryQuestion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.ratelimit.AnonymousWriteLimiter;
import org.mitwirken.support.DatabaseScan;

@QuarkusTest
@DisplayName("No client address or user agent is kept")
class NoClientTracesTest {
    private static final String MARKER_ADDRESS = "203.0.113.77";
    private static final String MARKER_AGENT = "Markierungs-Browser/77.7";
    private static final Path LOG = Path.of("target", "quarkus-test.log");

    @Inject
    DataSource dataSource;

    @Inject
    AnonymousWriteLimiter rateLimits;

    @Test
    @DisplayName("after every kind of anonymous participation, successful and refused, no table column and no log line "
            + "holds the caller's address or user agent")
    void noTracesAnywhere() throws java.io.IOException {
        var format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        String comment = marked().contentType("application/json").body(Map.of("targetType", "FORMAT",
                "targetId", format.id(), "text", "Mehr Bänke am Stiftsplatz", "pseudonym", "Gast"))
                .when().post("/api/v1/comments").then().statusCode(201).extract().path("comment.id");
        marked().contentType("application/json").body(Map.of("reason", "Test der Meldung"))
                .when().post("/api/v1/comments/" + comment + "/reports").then().statusCode(202);
        marked().contentType("application/json").body(Map.of("format", format.slug(), "category", "FAVOURITE_PLACE",
                "title", "Lieblingsort", "text", "Schön hier.", "pseudonym", "Gast",
                "location", Map.of("lon", 7.77, "lat", 49.44)))
                .when().post("/api/v1/map-contributions").then().statusCode(201);
        var survey = aSurvey().withEveryQuestionType().create();
        marked().contentType("application/json").body(Map.of("answers", answersToEveryQuestion()))
                .when().post("/api/v1/surveys/" + survey.slug() + "/responses").then().statusCode(201);
        marked().contentType("application/json").body("{\"targetType\":")
                .when().post("/api/v1/comments").then().statusCode(400);
        marked().when().get("/api/v1/formats/gibt-es-nicht").then().statusCode(404);
        rateLimits.sync();

        assertFalse(columnsHolding("Mehr Bänke am Stiftsplatz").isEmpty(), "the scan finds what is stored");
        List<String> columns = columnsHolding(MARKER_ADDRESS);
        columns.addAll(columnsHolding(MARKER_AGENT));
        assertEquals(List.of(), columns, "columns holding the marker");
        assertTrue(Files.exists(LOG), "the test log is written to " + LOG);
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertFalse(log.contains(MARKER_ADDRESS), "the log holds the client address");
        assertFalse(log.contains(MARKER_AGENT), "the log holds the user agent");
    }

    private static RequestSpecification marked() {
        return RestAssured.given().header("X-Forwarded-For", MARKER_ADDRESS).header("User-Agent", MARKER_AGENT);
    }

    private List<String> columnsHolding(String value) {
        return new ArrayList<>(DatabaseScan.columnsHolding(dataSource, value));
    }
}
