package org.mitwirken.common;

import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.interview.InterviewNoteBuilder.aNote;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mitwirken.district.DistrictResponse;
import org.mitwirken.fieldofaction.FieldOfActionResponse;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.interview.InterviewNoteResponse;
import org.mitwirken.process.ProcessResponse;
import org.mitwirken.survey.ResultsVisibility;
import org.mitwirken.survey.SurveyCodes;
import org.mitwirken.survey.SurveyRequest;
import org.mitwirken.survey.SurveyView;

/** Every write operation: no token 401, citizen 403, moderator 403, admin succeeds; refused writes change nothing. */
@QuarkusTest
@DisplayName("Authorization of every write operation")
class AuthorizationMatrixTest {

    enum WriteOperation {
        CREATE_PROCESS(201, f -> send(f, "POST", "/api/v1/processes", processBody(null))),
        UPDATE_PROCESS(200, f -> send(f, "PUT", "/api/v1/processes/" + f.process().slug(),
                processBody(f.process().version()))),
        PUBLISH_PROCESS(200, f -> send(f, "POST", "/api/v1/processes/" + f.process().slug() + "/publish", null)),
        UNPUBLISH_PROCESS(200, f -> send(f, "POST", "/api/v1/processes/" + f.process().slug() + "/unpublish", null)),
        DELETE_PROCESS(204, f -> send(f, "DELETE", "/api/v1/processes/" + f.emptyProcess().slug(), null)),
        CREATE_FORMAT(201, f -> send(f, "POST", "/api/v1/formats", formatBody(f.process().slug(), null))),
        UPDATE_FORMAT(200, f -> send(f, "PUT", "/api/v1/formats/" + f.format().slug(),
                formatBody(f.process().slug(), f.format().version()))),
        PUBLISH_FORMAT(200, f -> send(f, "POST", "/api/v1/formats/" + f.format().slug() + "/publish", null)),
        UNPUBLISH_FORMAT(200, f -> send(f, "POST", "/api/v1/formats/" + f.format().slug() + "/unpublish", null)),
        DELETE_FORMAT(204, f -> send(f, "DELETE", "/api/v1/formats/" + f.format().slug(), null)),
        CREATE_FIELD_OF_ACTION(201, f -> send(f, "POST", "/api/v1/fields-of-action", fieldBody(null))),
        UPDATE_FIELD_OF_ACTION(200, f -> send(f, "PUT", "/api/v1/fields-of-action/" + f.field().slug(),
                fieldBody(f.field().version()))),
        PUBLISH_FIELD_OF_ACTION(200, f -> send(f, "POST", "/api/v1/fields-of-action/" + f.field().slug() + "/publish",
                null)),
        UNPUBLISH_FIELD_OF_ACTION(200, f -> send(f, "POST",
                "/api/v1/fields-of-action/" + f.field().slug() + "/unpublish", null)),
        DELETE_FIELD_OF_ACTION(204, f -> send(f, "DELETE", "/api/v1/fields-of-action/" + f.field().slug(), null)),
        CREATE_DISTRICT(201, f -> send(f, "POST", "/api/v1/districts", Map.of("name", "Neuer Ortsbezirk"))),
        UPDATE_DISTRICT(200, f -> send(f, "PUT", "/api/v1/districts/" + f.district().slug(),
                Map.of("name", "Umbenannt", "version", f.district().version()))),
        DELETE_DISTRICT(204, f -> send(f, "DELETE", "/api/v1/districts/" + f.district().slug(), null)),
        CREATE_INTERVIEW_NOTE(201, f -> send(f, "POST", "/api/v1/interview-notes", noteBody(null))),
        UPDATE_INTERVIEW_NOTE(200, f -> send(f, "PUT", "/api/v1/interview-notes/" + f.note().slug(),
                noteBody(f.note().version()))),
        PUBLISH_INTERVIEW_NOTE(200, f -> send(f, "POST", "/api/v1/interview-notes/" + f.note().slug() + "/publish",
                null)),
        UNPUBLISH_INTERVIEW_NOTE(200, f -> send(f, "POST",
                "/api/v1/interview-notes/" + f.note().slug() + "/unpublish", null)),
        DELETE_INTERVIEW_NOTE(204, f -> send(f, "DELETE", "/api/v1/interview-notes/" + f.note().slug(), null)),
        CREATE_SURVEY(201, f -> api().contentType(ContentType.JSON)
                .body(aSurvey().withEveryQuestionType().onFormat(f.format().slug()).request())
                .when().post("/api/v1/surveys")),
        UPDATE_SURVEY(200, f -> {
            SurveyRequest current = aSurvey().withEveryQuestionType().onFormat(f.format().slug()).request();
            return api().contentType(ContentType.JSON).body(new SurveyRequest(current.format(), f.survey().slug(),
                    "Geändert", "", IntegrityMode.PARTICIPATION_CODE, ResultsVisibility.LIVE, current.opensAt(), current.closesAt(),
                    current.questions(), f.survey().version())).when().put("/api/v1/surveys/" + f.survey().slug());
        }),
        DELETE_SURVEY(204, f -> send(f, "DELETE", "/api/v1/surveys/" + f.survey().slug(), null)),
        CREATE_PARTICIPATION_CODES(201, f -> send(f, "POST", "/api/v1/surveys/" + f.survey().slug() + "/codes",
                Map.of("count", 2))),
        PRINT_PARTICIPATION_CODES(200, f -> api().contentType(ContentType.JSON).accept("text/csv")
                .body(Map.of("codes", CDI.current().select(SurveyCodes.class).get()
                        .generate(f.survey().id(), 1))).when()
                .post("/api/v1/surveys/" + f.survey().slug() + "/codes/sheet")),
        EXPORT_SURVEY_RESPONSES(200, f -> api().when().get("/api/v1/surveys/" + f.survey().slug() + "/responses"));

        final int adminStatus;
        final Function<Fixtures, Response> call;

        WriteOperation(int adminStatus, Function<Fixtures, Response> call) {
            this.adminStatus = adminStatus;
            this.call = call;
        }
    }

    record Fixtures(ProcessResponse process, ProcessResponse emptyProcess, FormatResponse format,
            FieldOfActionResponse field, DistrictResponse district, InterviewNoteResponse note, SurveyView survey) {
        static Fixtures create() {
            ProcessResponse process = aProcess().create();
            FormatResponse format = aFormatIn(process.slug()).create();
            return new Fixtures(process, aProcess().create(), format, aFieldOfAction().create(), aDistrict().create(),
                    aNote().create(), aSurvey().withEveryQuestionType().onFormat(format.slug())
                            .mode(IntegrityMode.PARTICIPATION_CODE).create());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WriteOperation.class)
    @DisplayName("without a token: 401 problem with a Bearer challenge")
    void anonymous(WriteOperation operation) {
        Fixtures fixtures = Fixtures.create();
        operation.call.apply(fixtures).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
        assertUnchanged(fixtures);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WriteOperation.class)
    @TestSecurity(user = "citizen")
    @DisplayName("as a citizen: 403 problem")
    void citizen(WriteOperation operation) {
        Fixtures fixtures = Fixtures.create();
        operation.call.apply(fixtures).then().statusCode(403).contentType("application/problem+json");
        assertUnchanged(fixtures);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WriteOperation.class)
    @TestSecurity(user = "moderator", roles = "moderator")
    @DisplayName("as a moderator: 403 problem")
    void moderator(WriteOperation operation) {
        Fixtures fixtures = Fixtures.create();
        operation.call.apply(fixtures).then().statusCode(403).contentType("application/problem+json");
        assertUnchanged(fixtures);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WriteOperation.class)
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("as an admin: succeeds")
    void admin(WriteOperation operation) {
        operation.call.apply(Fixtures.create()).then().statusCode(operation.adminStatus);
    }

    private static void assertUnchanged(Fixtures fixtures) {
        api().when().get("/api/v1/processes/" + fixtures.process().slug()).then().statusCode(200)
                .body("version", equalTo((int) fixtures.process().version()))
                .body("publicationState", equalTo("PUBLISHED"));
        api().when().get("/api/v1/processes/" + fixtures.emptyProcess().slug()).then().statusCode(200);
        api().when().get("/api/v1/formats/" + fixtures.format().slug()).then().statusCode(200)
                .body("version", equalTo((int) fixtures.format().version()));
        api().when().get("/api/v1/fields-of-action/" + fixtures.field().slug()).then().statusCode(200)
                .body("version", equalTo((int) fixtures.field().version()))
                .body("publicationState", equalTo("PUBLISHED"));
        api().when().get("/api/v1/districts/" + fixtures.district().slug()).then().statusCode(200)
                .body("version", equalTo((int) fixtures.district().version()));
        api().when().get("/api/v1/interview-notes/" + fixtures.note().slug()).then().statusCode(200)
                .body("version", equalTo((int) fixtures.note().version()));
        api().when().get("/api/v1/surveys/" + fixtures.survey().slug()).then().statusCode(200)
                .body("version", equalTo((int) fixtures.survey().version())).body("title", equalTo("Befragung"));
    }

    private static Response send(Fixtures fixtures, String method, String path, Map<String, Object> body) {
        var request = api().contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().request(method, path);
    }

    private static Map<String, Object> processBody(Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Neuer Prozess");
        body.put("summary", "Kurz");
        body.put("status", "PLANNED");
        body.put("phases", List.of());
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> noteBody(Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Kultur");
        body.put("stakeholder", "Referat Kultur");
        body.put("interviewDate", "2023-12-06");
        body.put("topicAreas", List.of("CULTURE"));
        body.put("summary", "Kurz");
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> fieldBody(Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Neues Handlungsfeld");
        body.put("summary", "Kurz");
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> formatBody(String process, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("process", process);
        body.put("kind", "OTHER");
        body.put("title", "Neues Format");
        body.put("summary", "Kurz");
        body.put("startsOn", "2025-01-01");
        body.put("version", version);
        return body;
    }
}
