package org.mitwirken.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.support.TestData.account;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.survey.SurveyBuilder.answersToEveryQuestion;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.support.DatabaseScan;
import org.mitwirken.voting.VotingItemType;
import org.mitwirken.voting.VotingRoundRequest;
import org.mitwirken.voting.VotingService;

@QuarkusTest
@DisplayName("My data: export and erasure")
class AccountDataTest {

    @Inject
    DataSource dataSource;

    /** What a citizen leaves behind in every feature that stores an account reference. */
    record Traces(UUID format, String comment, String othersComment, String contribution, UUID round) {
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @TestSecurity(user = "erika-export")
    @DisplayName("the export holds my comments, supports, map contributions, ballots and answered surveys")
    void export() {
        Traces traces = participateEverywhere();
        api().when().get("/api/v1/me/data").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).header("Cache-Control", "no-store")
                .body("account", equalTo("erika-export"))
                .body("sections.comments.written.id", contains(traces.comment()))
                .body("sections.comments.written[0].text", equalTo("Mehr Bäume"))
                .body("sections.comments.supported", contains(traces.othersComment()))
                .body("sections.mapContributions.written.id", contains(traces.contribution()))
                .body("sections.mapContributions.supported", contains(traces.contribution()))
                .body("sections.ballots.round", contains(traces.round().toString()))
                .body("sections.surveysAnswered", hasSize(1));
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @TestSecurity(user = "erika-delete")
    @DisplayName("erasing with DELETE removes my contributions, supports and ballots, and my name is stored nowhere; "
            + "only the mark that I answered a still open survey stays, so that I cannot answer it twice")
    void eraseDeleting() {
        Traces traces = participateEverywhere();
        api().queryParam("contributions", "DELETE").when().delete("/api/v1/me/data").then().statusCode(204);

        commentsOn(traces).body("items.id", contains(traces.othersComment()))
                .body("items[0].supportCount", equalTo(0));
        api().when().get("/api/v1/map-contributions/" + traces.contribution()).then().statusCode(404);
        api().when().get("/api/v1/votings/" + traces.round() + "/results").then().body("ballots.total", equalTo(0));
        assertEquals(List.of(), DatabaseScan.columnsHolding(dataSource, "erika-delete"));
        api().when().get("/api/v1/me/data").then().body("sections.comments.written", empty())
                .body("sections.surveysAnswered", hasSize(1));
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @TestSecurity(user = "erika-anonymise")
    @DisplayName("erasing with ANONYMISE keeps my contributions and counts without my name, which is stored nowhere")
    void eraseAnonymising() {
        Traces traces = participateEverywhere();
        api().queryParam("contributions", "ANONYMISE").when().delete("/api/v1/me/data").then().statusCode(204);

        String mine = "items.find { it.id == '" + traces.comment() + "' }.";
        String others = "items.find { it.id == '" + traces.othersComment() + "' }.";
        commentsOn(traces).body(mine + "text", equalTo("Mehr Bäume"))
                .body(mine + "authorName", equalTo("Gelöschtes Konto"))
                .body(mine + "writtenByMe", equalTo(false))
                .body(others + "supportCount", equalTo(1));
        api().when().get("/api/v1/map-contributions/" + traces.contribution()).then().statusCode(200)
                .body("supportCount", equalTo(1)).body("writtenByMe", equalTo(false));
        api().when().get("/api/v1/votings/" + traces.round() + "/results").then().body("ballots.total", equalTo(1));
        assertEquals(List.of(), DatabaseScan.columnsHolding(dataSource, "erika-anonymise"));
    }

    @Test
    @TestSecurity(user = "erwin-staff", roles = "admin")
    @DisplayName("a staff member's work stays on record under a neutral name; the audit log keeps who it was, so "
            + "nobody can erase themselves from the record of what they did as staff")
    void staffWorkKeepsTheActNotTheName() {
        api().contentType(ContentType.JSON).body(aProcess().request()).when().post("/api/v1/processes")
                .then().statusCode(201);
        api().when().get("/api/v1/me/data").then().body("sections.auditLog", hasSize(1));
        api().queryParam("contributions", "ANONYMISE").when().delete("/api/v1/me/data").then().statusCode(204);

        api().queryParam("actor", "erwin-staff").queryParam("size", 100).when().get("/api/v1/audit-log").then()
                .body("items.operation", org.hamcrest.Matchers.hasItem("createProcess"));
        assertEquals(java.util.Set.of("audit_entry.actor", "audit_entry.actor_subject"),
                java.util.Set.copyOf(DatabaseScan.columnsHolding(dataSource, "erwin-staff")));
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @TestSecurity(user = "erika-undecided")
    @DisplayName("erasure without a valid choice for contributions is refused field by field, and nothing is erased")
    void eraseNeedsAChoice() {
        badRequest().queryParam("contributions", "SOMEHOW").when().delete("/api/v1/me/data").then().statusCode(400)
                .body("violations.field", contains("contributions"));
        badRequest().when().delete("/api/v1/me/data").then().statusCode(400)
                .body("violations.field", contains("contributions"));
    }

    @Test
    @DisplayName("without login there is no data to export or erase")
    void anonymous() {
        api().when().get("/api/v1/me/data").then().statusCode(401);
        api().queryParam("contributions", "DELETE").when().delete("/api/v1/me/data").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse commentsOn(Traces traces) {
        return api().queryParam("targetType", "FORMAT").queryParam("targetId", traces.format().toString())
                .when().get("/api/v1/comments").then().statusCode(200);
    }

    private static Traces participateEverywhere() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        String othersComment = CDI.current().select(CommentService.class).get().create(new CommentRequest(
                CommentTargetType.FORMAT, format.id(), null, "Von jemand anderem", null), account("someone-else"))
                .comment().id().toString();
        String comment = api().contentType(ContentType.JSON).body(Map.of("targetType", "FORMAT",
                "targetId", format.id(), "text", "Mehr Bäume")).when().post("/api/v1/comments").then()
                .statusCode(201).extract().path("comment.id");
        api().when().post("/api/v1/comments/" + othersComment + "/support").then().statusCode(204);
        String contribution = api().contentType(ContentType.JSON).body(Map.of("format", format.slug(),
                "category", "IDEA", "title", "Idee", "text", "Ein Brunnen", "location", Map.of("lon", 7.77, "lat", 49.44)))
                .when().post("/api/v1/map-contributions").then().statusCode(201).extract().path("contribution.id");
        api().when().post("/api/v1/map-contributions/" + contribution + "/support").then().statusCode(204);
        UUID item = aFieldOfAction().create().id();
        UUID round = CDI.current().select(VotingService.class).get().create(new VotingRoundRequest(format.slug(),
                "Priorisierung", VotingItemType.FIELD_OF_ACTION, List.of(item), 3, 3,
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600), IntegrityMode.OPEN)).id();
        api().contentType(ContentType.JSON).body(Map.of("dots", List.of(Map.of("item", item, "dots", 2))))
                .when().post("/api/v1/votings/" + round + "/ballots").then().statusCode(200);
        var survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT).create();
        api().contentType(ContentType.JSON).body(Map.of("answers", answersToEveryQuestion()))
                .when().post("/api/v1/surveys/" + survey.slug() + "/responses").then().statusCode(201);
        return new Traces(format.id(), comment, othersComment, contribution, round);
    }
}
