package org.mitwirken.comment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.support.TestData.account;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.DecisionRequest;
import org.mitwirken.common.participation.ModerationAction;
import org.mitwirken.format.FormatResponse;

@QuarkusTest
@DisplayName("Comments and moderation")
class CommentResourceTest {
    static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))";

    @Test
    @DisplayName("anonymous comments need a pseudonym where allowed; their text and name come back verbatim")
    void anonymousCommentWithPseudonym() {
        FormatResponse format = openFormat(false);

        var created = api().contentType(ContentType.JSON).body(body(format.id(), XSS, XSS.substring(0, 40)))
                .when().post("/api/v1/comments")
                .then().statusCode(201)
                .body("comment.text", equalTo(XSS))
                .body("comment.authorName", equalTo(XSS.substring(0, 40)))
                .body("comment.anonymous", equalTo(true))
                .body("comment.state", equalTo("PUBLISHED"))
                .body("deletionToken", notNullValue())
                .extract();
        String id = created.path("comment.id");

        comments(format.id()).body("items.id", contains(id));
        api().header("X-Deletion-Token", "wrong").when().delete("/api/v1/comments/" + id).then().statusCode(403);
        api().header("X-Deletion-Token", created.<String>path("deletionToken"))
                .when().delete("/api/v1/comments/" + id).then().statusCode(204);
        comments(format.id()).body("items", empty());
    }

    @Test
    @DisplayName("without login a pseudonym is required, and formats without anonymous input ask for a login")
    void anonymousRules() {
        badRequest().contentType(ContentType.JSON).body(body(openFormat(false).id(), "Hallo", null))
                .when().post("/api/v1/comments").then().statusCode(400).body("violations.field", contains("pseudonym"));
        FormatResponse accountsOnly = aFormatIn(aProcess().create().slug()).create();
        api().contentType(ContentType.JSON).body(body(accountsOnly.id(), "Hallo", "Gast"))
                .when().post("/api/v1/comments").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("pre-moderated comments are visible to their author only (an answer no cache stores), until a "
            + "moderator approves them")
    void preModeration() {
        FormatResponse format = openFormat(true);
        String id = api().contentType(ContentType.JSON).body(body(format.id(), "Mehr Bänke am Stiftsplatz", null))
                .when().post("/api/v1/comments")
                .then().statusCode(201).body("comment.state", equalTo("PENDING"))
                .body("comment.authorName", equalTo("clara")).body("deletionToken", nullValue())
                .extract().path("comment.id");

        comments(format.id()).body("items.state", contains("PENDING")).header("Cache-Control", "no-store");
        Fixtures.decide(UUID.fromString(id), ModerationAction.REJECT, "Doppelt eingereicht");
        comments(format.id()).body("items[0].state", equalTo("REJECTED"))
                .body("items[0].moderationReason", equalTo("Doppelt eingereicht"));
    }

    @Test
    @DisplayName("the public never sees pending or rejected comments")
    void publicSeesOnlyPublished() {
        FormatResponse format = openFormat(true);
        UUID pending = Fixtures.comment(format.id(), "Wartet");
        UUID rejected = Fixtures.comment(format.id(), "Abgelehnt");
        UUID approved = Fixtures.comment(format.id(), "Freigegeben");
        Fixtures.decide(rejected, ModerationAction.REJECT, "Beleidigend");
        Fixtures.decide(approved, ModerationAction.APPROVE, null);

        comments(format.id()).body("items.id", contains(approved.toString()))
                .body("items.id", not(hasItem(pending.toString())));
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("replies nest two levels deep at most and must belong to the same item")
    void replyDepth() {
        FormatResponse format = openFormat(false);
        UUID top = Fixtures.comment(format.id(), "Ebene 0");
        Map<String, Object> reply = body(format.id(), "Ebene 1", null);
        reply.put("parentId", top);
        String first = api().contentType(ContentType.JSON).body(reply).when().post("/api/v1/comments")
                .then().statusCode(201).body("comment.depth", equalTo(1)).extract().path("comment.id");
        reply.put("parentId", first);
        String second = api().contentType(ContentType.JSON).body(reply).when().post("/api/v1/comments")
                .then().statusCode(201).body("comment.depth", equalTo(2)).extract().path("comment.id");
        reply.put("parentId", second);
        badRequest().contentType(ContentType.JSON).body(reply).when().post("/api/v1/comments")
                .then().statusCode(400).body("violations.field", contains("parentId"));
        Map<String, Object> elsewhere = body(openFormat(false).id(), "Falscher Ort", null);
        elsewhere.put("parentId", top);
        badRequest().contentType(ContentType.JSON).body(elsewhere).when().post("/api/v1/comments")
                .then().statusCode(400).body("violations.field", contains("parentId"));
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("one support per account, however often it is sent; withdrawing undoes it")
    void supportsOncePerAccount() {
        FormatResponse format = openFormat(false);
        UUID id = Fixtures.comment(format.id(), "Gute Idee");

        api().when().post("/api/v1/comments/" + id + "/support").then().statusCode(204);
        api().when().post("/api/v1/comments/" + id + "/support").then().statusCode(204);
        comments(format.id()).body("items[0].supportCount", equalTo(1)).body("items[0].supportedByMe", equalTo(true));
        api().when().delete("/api/v1/comments/" + id + "/support").then().statusCode(204);
        comments(format.id()).body("items[0].supportCount", equalTo(0));
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("an author can neither support nor report their own comment (409); nothing is counted or queued")
    void notOnOnesOwnComment() {
        FormatResponse format = openFormat(false);
        UUID own = Fixtures.service().create(new CommentRequest(CommentTargetType.FORMAT, format.id(), null,
                "Meine Idee", null), account("clara")).comment().id();

        api().when().post("/api/v1/comments/" + own + "/support").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:mitwirken:problem:conflict"))
                .body("code", equalTo("own-comment-support"))
                .body("detail", equalTo("Den eigenen Kommentar können Sie nicht unterstützen."));
        api().contentType(ContentType.JSON).body(Map.of("reason", "Werbung"))
                .when().post("/api/v1/comments/" + own + "/reports").then().statusCode(409)
                .body("code", equalTo("own-comment-report"));
        comments(format.id()).body("items[0].writtenByMe", equalTo(true)).body("items[0].supportCount", equalTo(0));
        org.junit.jupiter.api.Assertions.assertTrue(Fixtures.queue().stream()
                .noneMatch(item -> item.comment().id().equals(own)));
    }

    @Test
    @DisplayName("supporting needs a login; reporting does not, and puts the comment in the moderation queue")
    void reportsReachTheQueue() {
        FormatResponse format = openFormat(false);
        UUID id = Fixtures.comment(format.id(), "Fragwürdig");

        api().when().post("/api/v1/comments/" + id + "/support").then().statusCode(401);
        api().contentType(ContentType.JSON).body(Map.of("reason", "Werbung"))
                .when().post("/api/v1/comments/" + id + "/reports").then().statusCode(202);
        org.junit.jupiter.api.Assertions.assertTrue(Fixtures.queue().stream()
                .anyMatch(item -> item.comment().id().equals(id) && item.openReports().contains("Werbung")));
    }

    @Test
    @DisplayName("comments on drafts or unknown items are 404, and comments can be switched off")
    void targetsMustBeOpen() {
        FormatResponse draft = aFormatIn(aProcess().create().slug()).draft().create();
        api().contentType(ContentType.JSON).body(body(draft.id(), "Hallo", "Gast")).when().post("/api/v1/comments")
                .then().statusCode(404);
        api().queryParam("targetType", "FORMAT").queryParam("targetId", draft.id().toString())
                .when().get("/api/v1/comments").then().statusCode(404);
        api().queryParam("targetType", "GOAL").queryParam("targetId", UUID.randomUUID().toString())
                .when().get("/api/v1/comments").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "mona", roles = "moderator")
    @DisplayName("moderators see the queue, decide with reasons and keep a history")
    void moderation() {
        FormatResponse format = openFormat(true);
        UUID id = Fixtures.comment(format.id(), "Bitte prüfen");

        api().when().get("/api/v1/moderation/queue").then().statusCode(200)
                .body("comment.id", hasItem(id.toString()))
                .body("find { it.comment.id == '" + id + "' }.comment.createdAt", notNullValue());
        badRequest().contentType(ContentType.JSON).body(Map.of("decision", "HIDE"))
                .when().post("/api/v1/moderation/comments/" + id + "/decisions")
                .then().statusCode(400).body("violations.field", contains("reason"));
        api().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE"))
                .when().post("/api/v1/moderation/comments/" + id + "/decisions")
                .then().statusCode(200).body("state", equalTo("PUBLISHED"));
        api().contentType(ContentType.JSON).body(Map.of("decision", "HIDE", "reason", "Persönliche Daten"))
                .when().post("/api/v1/moderation/comments/" + id + "/decisions")
                .then().statusCode(200).body("state", equalTo("HIDDEN"));
        api().when().get("/api/v1/moderation/comments/" + id + "/decisions").then().statusCode(200)
                .body("decision", contains("APPROVE", "HIDE")).body("moderator", contains("mona", "mona"));
        comments(format.id()).body("items", empty());
        api().queryParam("size", 2).when().get("/api/v1/moderation/decisions").then().statusCode(200)
                .body("items.decision.decision", contains("HIDE", "APPROVE"))
                .body("items.comment.id", contains(id.toString(), id.toString()))
                .body("items[0].comment.moderationReason", equalTo("Persönliche Daten"));
    }

    @Test
    @DisplayName("the public sees the day a comment was written, in the city's time zone, never the exact time")
    void publicTimesToTheDay() {
        FormatResponse format = openFormat(false);
        UUID id = Fixtures.comment(format.id(), "Wann war das?");
        comments(format.id()).body("items.id", contains(id.toString()))
                .body("items[0].createdOn", equalTo(LocalDate.now(CityTime.ZONE).toString()))
                .body("items[0].createdAt", nullValue());
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("citizens cannot moderate")
    void citizensCannotModerate() {
        UUID id = Fixtures.comment(openFormat(true).id(), "Hallo");
        api().when().get("/api/v1/moderation/queue").then().statusCode(403);
        api().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE"))
                .when().post("/api/v1/moderation/comments/" + id + "/decisions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "bernd")
    @DisplayName("someone else's comment cannot be withdrawn; one's own can")
    void withdrawOwnOnly() {
        FormatResponse format = openFormat(false);
        UUID others = Fixtures.comment(format.id(), "Von jemand anderem");
        api().when().delete("/api/v1/comments/" + others).then().statusCode(403);
        String own = api().contentType(ContentType.JSON).body(body(format.id(), "Meiner", null))
                .when().post("/api/v1/comments").then().statusCode(201).body("comment.writtenByMe", equalTo(true))
                .extract().path("comment.id");
        comments(format.id()).body("items.writtenByMe", contains(false, true));
        api().when().delete("/api/v1/comments/" + own).then().statusCode(204);
        comments(format.id()).body("items.id", contains(others.toString()));
    }

    @Test
    @DisplayName("the moderation queue needs a login")
    void queueNeedsLogin() {
        api().when().get("/api/v1/moderation/queue").then().statusCode(401);
    }

    private static FormatResponse openFormat(boolean preModeration) {
        return aFormatIn(aProcess().create().slug()).participation(true, true, preModeration).create();
    }

    private static io.restassured.response.ValidatableResponse comments(UUID format) {
        return api().queryParam("targetType", "FORMAT").queryParam("targetId", format.toString())
                .when().get("/api/v1/comments").then().statusCode(200);
    }

    private static Map<String, Object> body(UUID format, String text, String pseudonym) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetType", "FORMAT");
        body.put("targetId", format);
        body.put("text", text);
        if (pseudonym != null) {
            body.put("pseudonym", pseudonym);
        }
        return body;
    }

    /** Writes through the service, as a citizen and a moderator would, independent of the test's login. */
    static final class Fixtures {
        private Fixtures() {
        }

        static CommentService service() {
            return CDI.current().select(CommentService.class).get();
        }

        static UUID comment(UUID format, String text) {
            return service().create(new CommentRequest(CommentTargetType.FORMAT, format, null, text, null),
                    account("autor-" + UUID.randomUUID())).comment().id();
        }

        static void decide(UUID id, ModerationAction decision, String reason) {
            service().decide(id, new DecisionRequest(decision, reason), account("moderation"));
        }

        static java.util.List<ModerationItem> queue() {
            return service().queue();
        }
    }
}
