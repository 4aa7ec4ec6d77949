package org.mitwirken.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
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
import jakarta.enterprise.inject.spi.CDI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.integrity.IntegrityMode;

@QuarkusTest
@DisplayName("Audit log of staff actions")
class AuditLogTest {

    @Test
    @TestSecurity(user = "audit-admin", roles = "admin")
    @DisplayName("an admin's changes are logged with who, what, where and the outcome, refused ones too")
    void adminActionsAreLogged() {
        var process = aProcess().request();
        String slug = process.slug();
        api().contentType(ContentType.JSON).body(process).when().post("/api/v1/processes").then().statusCode(201);
        badRequest().contentType(ContentType.JSON).body(Map.of("slug", "Kein Slug")).when().post("/api/v1/processes")
                .then().statusCode(400);
        api().when().delete("/api/v1/processes/" + slug).then().statusCode(204);

        log("audit-admin")
                .body("total", equalTo(3))
                .body("items.operation", contains("deleteProcess", "createProcess", "createProcess"))
                .body("items.method", contains("DELETE", "POST", "POST"))
                .body("items.status", contains(204, 400, 201))
                .body("items.path", contains("/api/v1/processes/" + slug, "/api/v1/processes", "/api/v1/processes"))
                .body("items[0].actorRoles", contains("admin"))
                .body("items[0].occurredAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @TestSecurity(user = "audit-moderator", roles = "moderator")
    @DisplayName("a moderator's decisions are logged, and the moderator cannot read the log")
    void moderatorActionsAreLogged() {
        var format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        String comment = api().contentType(ContentType.JSON)
                .body(Map.of("targetType", "FORMAT", "targetId", format.id(), "text", "Bitte mehr Grün"))
                .when().post("/api/v1/comments").then().statusCode(201).extract().path("comment.id");
        api().contentType(ContentType.JSON).body(Map.of("decision", "HIDE", "reason", "Test"))
                .when().post("/api/v1/moderation/comments/" + comment + "/decisions").then().statusCode(200);
        api().when().get("/api/v1/audit-log").then().statusCode(403);

        var entries = entriesOf("audit-moderator");
        assertEquals(java.util.List.of("decideOnComment"), entries.stream().map(AuditEntryResponse::operation).toList(),
                "the moderator's own comment is participation, not a staff action");
        assertEquals("/api/v1/moderation/comments/" + comment + "/decisions", entries.get(0).path());
        assertEquals(java.util.List.of("moderator"), entries.get(0).actorRoles());
    }

    @Test
    @TestSecurity(user = "audit-citizen")
    @DisplayName("what citizens do is participation, not staff action, and stays out of the log")
    void citizensAreNotLogged() {
        var format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        api().contentType(ContentType.JSON)
                .body(Map.of("targetType", "FORMAT", "targetId", format.id(), "text", "Gute Idee"))
                .when().post("/api/v1/comments").then().statusCode(201);
        api().when().get("/api/v1/audit-log").then().statusCode(403);
        assertEquals(java.util.List.of(), entriesOf("audit-citizen"));
    }

    @Test
    @DisplayName("without login the log is closed")
    void anonymousIsRefused() {
        api().when().get("/api/v1/audit-log").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse log(String actor) {
        return api().queryParam("actor", actor).when().get("/api/v1/audit-log").then().statusCode(200);
    }

    /** The log as an admin would read it, for tests running as someone who may not. */
    @Test
    @TestSecurity(user = "audit-voting-admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @DisplayName("a staff member's own ballot and survey answer are participation and stay out of the log")
    void staffParticipationIsNotLogged() {
        var round = org.mitwirken.voting.VotingIntegrityTest.round(IntegrityMode.ONE_PER_ACCOUNT);
        api().contentType(ContentType.JSON).body(round.ballot(1))
                .when().post("/api/v1/votings/" + round.id() + "/ballots").then().statusCode(200);
        var survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT).create();
        api().contentType(ContentType.JSON).body(Map.of("answers", answersToEveryQuestion()))
                .when().post("/api/v1/surveys/" + survey.slug() + "/responses").then().statusCode(201);
        assertEquals(java.util.List.of(), entriesOf("audit-voting-admin").stream()
                .map(AuditEntryResponse::operation).filter(op -> op.equals("castBallot") || op.equals("submitSurvey"))
                .toList());
    }

    private static java.util.List<AuditEntryResponse> entriesOf(String actor) {
        return CDI.current().select(AuditService.class).get().log(actor, PageRequest.of(0, 100)).items();
    }
}
