package org.mitwirken.common;

import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.TestData.account;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.fieldofaction.FieldOfActionResponse;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.integrity.Participant;
import org.mitwirken.map.MapCategory;
import org.mitwirken.map.MapContributionRequest;
import org.mitwirken.map.MapContributionService;
import org.mitwirken.survey.FreeTextModeration;
import org.mitwirken.survey.QuestionRequest;
import org.mitwirken.survey.QuestionType;
import org.mitwirken.survey.SubmissionRequest;
import org.mitwirken.survey.SubmissionService;
import org.mitwirken.synthesis.ObservationKind;
import org.mitwirken.synthesis.ObservationService;
import org.mitwirken.synthesis.ResponseStatus;
import org.mitwirken.synthesis.SynthesisDtos.ObservationRequest;
import org.mitwirken.synthesis.SynthesisDtos.ResponseRequest;
import org.mitwirken.synthesis.SynthesisService;
import org.mitwirken.voting.VotingItemType;
import org.mitwirken.voting.VotingRoundRequest;
import org.mitwirken.voting.VotingService;
import org.mitwirken.support.TestClients;

/**
 * Every comment, moderation and voting operation for anonymous visitors, citizens, moderators and admins, on
 * their own items and on someone else's; refused calls leave the other's comment and the open round as they were.
 */
@QuarkusTest
@DisplayName("Authorization of comments, moderation and voting")
class ParticipationAuthorizationTest {

    enum Role { ANONYMOUS, CITIZEN, MODERATOR, ADMIN }

    /** Expected status for anonymous, citizen, moderator, admin. */
    enum Operation {
        LIST_COMMENTS(200, 200, 200, 200, (f, role) -> client().queryParam("targetType", "FORMAT")
                .queryParam("targetId", f.format().toString()).when().get("/api/v1/comments")),
        COMMENT(201, 201, 201, 201, (f, role) -> postComment(f, role)),
        WITHDRAW_OWN_COMMENT(204, 204, 204, 204, (f, role) -> {
            var created = postComment(f, role).then().statusCode(201).extract();
            var request = client();
            if (role == Role.ANONYMOUS) {
                request.header("X-Deletion-Token", created.<String>path("deletionToken"));
            }
            return request.when().delete("/api/v1/comments/" + created.path("comment.id"));
        }),
        WITHDRAW_SOMEONE_ELSES_COMMENT(403, 403, 403, 403,
                (f, role) -> client().header("X-Deletion-Token", "guessed").when()
                        .delete("/api/v1/comments/" + f.othersComment())),
        SUPPORT(401, 204, 204, 204, (f, role) -> client().when()
                .post("/api/v1/comments/" + f.othersComment() + "/support")),
        WITHDRAW_SUPPORT(401, 204, 204, 204, (f, role) -> client().when()
                .delete("/api/v1/comments/" + f.othersComment() + "/support")),
        REPORT(202, 202, 202, 202, (f, role) -> client().contentType(ContentType.JSON)
                .body(Map.of("reason", "Werbung")).when().post("/api/v1/comments/" + f.othersComment() + "/reports")),
        SUPPORT_OWN_COMMENT(401, 409, 409, 409, (f, role) -> client().when()
                .post("/api/v1/comments/" + ownComment(f, role) + "/support")),
        // Without login nobody is known, so nobody is refused as the author.
        REPORT_OWN_COMMENT(202, 409, 409, 409, (f, role) -> client().contentType(ContentType.JSON)
                .body(Map.of("reason", "Werbung")).when().post("/api/v1/comments/" + ownComment(f, role) + "/reports")),
        MODERATION_QUEUE(401, 403, 200, 200, (f, role) -> client().when().get("/api/v1/moderation/queue")),
        MODERATION_LOG(401, 403, 200, 200, (f, role) -> client().when().get("/api/v1/moderation/decisions")),
        DECIDE(401, 403, 200, 200, (f, role) -> client().contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE"))
                .when().post("/api/v1/moderation/comments/" + f.othersComment() + "/decisions")),
        DECISION_HISTORY(401, 403, 200, 200, (f, role) -> client().when()
                .get("/api/v1/moderation/comments/" + f.othersComment() + "/decisions")),
        OPEN_ROUND(401, 403, 403, 201, (f, role) -> client().contentType(ContentType.JSON).body(Map.of(
                "format", f.formatSlug(), "title", "Priorisierung", "itemType", "FIELD_OF_ACTION", "items", f.items(),
                "dotsPerParticipant", 5, "maxDotsPerItem", 3, "opensAt", "2024-11-13T18:00:00Z",
                "closesAt", "2024-11-13T21:00:00Z")).when().post("/api/v1/votings")),
        CLOSE_ROUND(401, 403, 403, 200, (f, role) -> client().when().post("/api/v1/votings/" + f.round() + "/close")),
        CAST_BALLOT(200, 200, 200, 200, (f, role) -> castBallot(f)),
        READ_OWN_BALLOT(200, 200, 200, 200, (f, role) -> {
            String token = castBallot(f).then().statusCode(200).extract().path("ballotToken");
            var request = client();
            if (token != null) {
                request.header("X-Ballot-Token", token);
            }
            return request.when().get("/api/v1/votings/" + f.round() + "/ballots/mine");
        }),
        ANSWER_SURVEY(201, 201, 201, 201, (f, role) -> client().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("idee", Map.of("text", "Mehr Grün"))))
                .when().post("/api/v1/surveys/" + f.survey() + "/responses")),
        READ_SURVEY_RESULTS(200, 200, 200, 200, (f, role) -> client().when()
                .get("/api/v1/surveys/" + f.survey() + "/results")),
        READ_OWN_SURVEY_PARTICIPATION(401, 200, 200, 200, (f, role) -> client().when()
                .get("/api/v1/surveys/" + f.survey() + "/participation")),
        PENDING_FREE_TEXTS(401, 403, 200, 200, (f, role) -> client().when().get("/api/v1/moderation/survey-answers")),
        DECIDE_FREE_TEXT(401, 403, 204, 204, (f, role) -> client().contentType(ContentType.JSON)
                .body(Map.of("state", "PUBLISHED")).when()
                .put("/api/v1/moderation/survey-answers/" + f.freeText() + "/state")),
        CONTRIBUTE_TO_MAP(201, 201, 201, 201, (f, role) -> {
            Map<String, Object> body = new HashMap<>(Map.of("format", f.formatSlug(), "category", "IDEA",
                    "title", "Idee", "text", "Text", "location", Map.of("lon", 7.77, "lat", 49.44)));
            if (role == Role.ANONYMOUS) {
                body.put("pseudonym", "Gast");
            }
            return client().contentType(ContentType.JSON).body(body).when().post("/api/v1/map-contributions");
        }),
        WITHDRAW_SOMEONE_ELSES_MAP_CONTRIBUTION(403, 403, 403, 403, (f, role) -> client()
                .header("X-Deletion-Token", "guessed").when().delete("/api/v1/map-contributions/" + f.mapItem())),
        SUPPORT_MAP_CONTRIBUTION(401, 204, 204, 204, (f, role) -> client().when()
                .post("/api/v1/map-contributions/" + f.mapItem() + "/support")),
        REPORT_MAP_CONTRIBUTION(202, 202, 202, 202, (f, role) -> client().contentType(ContentType.JSON)
                .body(Map.of("reason", "Werbung")).when().post("/api/v1/map-contributions/" + f.mapItem() + "/reports")),
        MAP_MODERATION_QUEUE(401, 403, 200, 200, (f, role) -> client().when()
                .get("/api/v1/moderation/map-contributions")),
        DECIDE_ON_MAP_CONTRIBUTION(401, 403, 200, 200, (f, role) -> client().contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE")).when()
                .post("/api/v1/moderation/map-contributions/" + f.mapItem() + "/decisions")),
        LIST_INPUT_POOL(401, 403, 200, 200, (f, role) -> client().queryParam("format", f.formatSlug())
                .when().get("/api/v1/synthesis/inputs")),
        LINK_INPUTS(401, 403, 204, 204, (f, role) -> client().contentType(ContentType.JSON).body(Map.of("inputs",
                List.of(Map.of("kind", "MAP_CONTRIBUTION", "ref", f.mapItem().toString())), "fieldOfAction",
                f.fieldSlug())).when().post("/api/v1/synthesis/links")),
        RECORD_OBSERVATION(401, 403, 201, 201, (f, role) -> client().contentType(ContentType.JSON).body(Map.of(
                "format", f.formatSlug(), "kind", "FLIPCHART", "title", "Flipchart 1", "text", "Mehr Grün",
                "dotCount", 7)).when().post("/api/v1/synthesis/observations")),
        RECORD_OFFICIAL_RESPONSE(401, 403, 201, 201, (f, role) -> client().contentType(ContentType.JSON).body(Map.of(
                "fieldOfAction", f.fieldSlug(), "title", "Antwort", "status", "PARTLY", "reason", "Teilweise",
                "inputs", List.of())).when().post("/api/v1/synthesis/responses")),
        UNLINK_INPUT(401, 403, 204, 204, (f, role) -> client().queryParam("kind", "MAP_CONTRIBUTION")
                .queryParam("ref", f.mapItem().toString()).queryParam("fieldOfAction", f.fieldSlug())
                .when().delete("/api/v1/synthesis/links")),
        UPDATE_OFFICIAL_RESPONSE(401, 403, 200, 200, (f, role) -> client().contentType(ContentType.JSON).body(Map.of(
                "fieldOfAction", f.fieldSlug(), "title", "Geändert", "status", "TAKEN_UP", "reason", "Doch",
                "inputs", List.of(), "version", 0)).when().put("/api/v1/synthesis/responses/" + f.response())),
        DELETE_OFFICIAL_RESPONSE(401, 403, 204, 204, (f, role) -> client().when()
                .delete("/api/v1/synthesis/responses/" + f.response())),
        DELETE_OBSERVATION(401, 403, 204, 204, (f, role) -> client().when()
                .delete("/api/v1/synthesis/observations/" + f.observation())),
        READ_FORMAT_REPORT(200, 200, 200, 200, (f, role) -> client().when()
                .get("/api/v1/formats/" + f.formatSlug() + "/report")),
        READ_FIELD_OUTCOME(200, 200, 200, 200, (f, role) -> client().when()
                .get("/api/v1/outcomes/fields-of-action/" + f.fieldSlug())),
        READ_STATISTICS(401, 403, 200, 200, (f, role) -> client().when().get("/api/v1/statistics")),
        READ_PUBLIC_STATISTICS(200, 200, 200, 200, (f, role) -> client().when().get("/api/v1/statistics/public")),
        READ_RESULTS(200, 200, 200, 200, (f, role) -> client().when().get("/api/v1/votings/" + f.round() + "/results"));

        final int[] expected;
        final BiFunction<Fixtures, Role, Response> call;

        Operation(int anonymous, int citizen, int moderator, int admin, BiFunction<Fixtures, Role, Response> call) {
            this.expected = new int[] { anonymous, citizen, moderator, admin };
            this.call = call;
        }
    }

    record Fixtures(UUID format, String formatSlug, UUID othersComment, List<UUID> items, UUID round, String survey,
            UUID freeText, UUID mapItem, String fieldSlug, UUID response, UUID observation) {
        static Fixtures create() {
            var format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
            UUID comment = CDI.current().select(CommentService.class).get().create(new CommentRequest(
                    CommentTargetType.FORMAT, format.id(), null, "Von jemand anderem", null), account("someone-else"))
                    .comment().id();
            FieldOfActionResponse field = aFieldOfAction().create();
            List<UUID> items = List.of(field.id(), aFieldOfAction().create().id());
            UUID round = CDI.current().select(VotingService.class).get().create(new VotingRoundRequest(format.slug(),
                    "Priorisierung", VotingItemType.FIELD_OF_ACTION, items, 5, 3, Instant.now().minusSeconds(60),
                    Instant.now().plusSeconds(3600), IntegrityMode.OPEN)).id();
            String survey = aSurvey().onFormat(format.slug()).with(new QuestionRequest("idee",
                    QuestionType.FREE_TEXT, "Ihre Idee", null, true, null, null, 200)).create().slug();
            CDI.current().select(SubmissionService.class).get().submit(survey, new SubmissionRequest(Map.of("idee",
                    new SubmissionRequest.Answer(null, null, null, "Von jemand anderem", null, null, null)), null), Participant.SERVER);
            UUID freeText = CDI.current().select(FreeTextModeration.class).get().pending(survey).stream().findFirst().orElseThrow().id();
            UUID mapItem = CDI.current().select(MapContributionService.class).get().create(new MapContributionRequest(
                    format.slug(), MapCategory.IDEA, "Idee", "Von jemand anderem", new Point(7.77, 49.44), null, null,
                    null), account("someone-else")).contribution().id();
            UUID response = CDI.current().select(SynthesisService.class).get().respond(new ResponseRequest(
                    field.slug(), null, "Antwort", ResponseStatus.UNDER_REVIEW, "Wird geprüft", List.of(), null)).id();
            UUID observation = CDI.current().select(ObservationService.class).get().record(new ObservationRequest(
                    format.slug(), ObservationKind.FLIPCHART, "Flipchart", "Text", null, null, 3), account("staff")).id();
            return new Fixtures(format.id(), format.slug(), comment, items, round, survey, freeText, mapItem,
                    field.slug(), response, observation);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Operation.class)
    @DisplayName("anonymous visitor")
    void anonymous(Operation operation) {
        check(operation, Role.ANONYMOUS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Operation.class)
    @TestSecurity(user = "citizen")
    @DisplayName("citizen")
    void citizen(Operation operation) {
        check(operation, Role.CITIZEN);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Operation.class)
    @TestSecurity(user = "moderator", roles = "moderator")
    @DisplayName("moderator")
    void moderator(Operation operation) {
        check(operation, Role.MODERATOR);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Operation.class)
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("admin")
    void admin(Operation operation) {
        check(operation, Role.ADMIN);
    }

    private static void check(Operation operation, Role role) {
        Fixtures fixtures = Fixtures.create();
        int expected = operation.expected[role.ordinal()];
        Response response = operation.call.apply(fixtures, role);
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json");
            assertUnchanged(fixtures);
        }
    }

    private static void assertUnchanged(Fixtures fixtures) {
        api().queryParam("targetType", "FORMAT").queryParam("targetId", fixtures.format().toString())
                .when().get("/api/v1/comments").then().statusCode(200)
                .body("items.find { it.id == '" + fixtures.othersComment() + "' }.text", equalTo("Von jemand anderem"))
                .body("items.find { it.id == '" + fixtures.othersComment() + "' }.supportCount", equalTo(0));
        api().when().get("/api/v1/votings/" + fixtures.round()).then().statusCode(200).body("open", equalTo(true));
        api().when().get("/api/v1/map-contributions/" + fixtures.mapItem()).then().statusCode(200)
                .body("supportCount", equalTo(0)).body("state", equalTo("PUBLISHED"));
    }

    private static Response postComment(Fixtures fixtures, Role role) {
        Map<String, Object> body = new HashMap<>(Map.of("targetType", "FORMAT", "targetId", fixtures.format(),
                "text", "Mein Beitrag"));
        if (role == Role.ANONYMOUS) {
            body.put("pseudonym", "Gast");
        }
        return client().contentType(ContentType.JSON).body(body).when().post("/api/v1/comments");
    }

    private static String ownComment(Fixtures fixtures, Role role) {
        return postComment(fixtures, role).then().statusCode(201).extract().path("comment.id");
    }

    private static Response castBallot(Fixtures fixtures) {
        return api().contentType(ContentType.JSON)
                .body(Map.of("dots", List.of(Map.of("item", fixtures.items().get(0), "dots", 2))))
                .when().post("/api/v1/votings/" + fixtures.round() + "/ballots");
    }

    /** Each call from its own documentation address, so the anonymous write limit of other tests is not shared. */
    private static RequestSpecification client() {
        return api().header("X-Forwarded-For", TestClients.uniqueAddress());
    }
}
