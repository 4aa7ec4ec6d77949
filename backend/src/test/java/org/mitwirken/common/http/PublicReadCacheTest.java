package org.mitwirken.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.format.FormatResponse;

@QuarkusTest
@DisplayName("Cached public answers")
class PublicReadCacheTest {

    @Inject
    DataSource dataSource;

    @Inject
    PublicReadCache cache;

    @ConfigProperty(name = "mitwirken.brief-cache")
    Duration briefly;

    @Test
    @DisplayName("a change written by another instance (straight into the database) is seen as soon as it is announced")
    void changeElsewhereIsSeen() throws SQLException {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String path = "/api/v1/formats/" + format.slug();
        String etag = given().when().get(path).then().statusCode(200).body("title", equalTo(format.title()))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304);

        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "update participation_format set title = 'Anderswo geändert' where id = ?")) {
            statement.setObject(1, format.id());
            statement.executeUpdate();
        }

        long deadline = System.currentTimeMillis() + 2000;
        while (given().header("If-None-Match", etag).when().get(path).statusCode() == 304
                && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        given().header("If-None-Match", etag).when().get(path).then().statusCode(200)
                .body("title", equalTo("Anderswo geändert"));
    }

    @Test
    @DisplayName("a hit answers with the same bytes, ETag and caching headers as the first answer")
    void hitsAnswerLikeMisses() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String path = "/api/v1/formats/" + format.slug();
        var first = given().when().get(path).then().statusCode(200).extract();
        given().when().get(path).then().statusCode(200)
                .header("ETag", equalTo(first.header("ETag")))
                .header("Cache-Control", equalTo("public, no-cache"))
                .contentType(first.contentType())
                .body(equalTo(first.asString()));
    }

    @Test
    @DisplayName("a first request that already holds the bytes (304) fills the cache too")
    void conditionalFirstRequestIsRemembered() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String path = "/api/v1/formats/" + format.slug();
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        cache.cachedKeys().clear();
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304);
        assertTrue(cache.cachedKeys().stream().anyMatch(key -> key.startsWith(path + "?")));
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", equalTo(etag));
    }

    @Test
    @DisplayName("made-up query parameters and variants of Accept share the one kept answer")
    void keyIsWhatTheAnswerDependsOn() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String path = "/api/v1/formats/" + format.slug();
        given().when().get(path).then().statusCode(200);
        given().queryParam("junk", "1").when().get(path).then().statusCode(200);
        given().queryParam("cache-buster", "2").accept("application/json, */*;q=0.1").when().get(path).then()
                .statusCode(200);
        given().accept("*/*").when().get(path).then().statusCode(200);

        assertEquals(1, cache.cachedKeys().stream().filter(key -> key.startsWith(path + "?")).count(),
                cache.cachedKeys().toString());
    }

    @Test
    @DisplayName("an admin's answer, drafts included, is never kept for visitors")
    @TestSecurity(user = "admin", roles = "admin")
    void adminAnswersAreNotKept() {
        String process = aProcess().create().slug();
        aFormatIn(process).create();
        aFormatIn(process).draft().create();
        given().queryParam("process", process).when().get("/api/v1/formats").then().body("total", equalTo(2));
        given().queryParam("process", process).when().get("/api/v1/formats").then().body("total", equalTo(2));
        assertTrue(cache.cachedKeys().stream().noneMatch(key -> key.contains(process)));
    }

    @Test
    @DisplayName("a comment list is kept briefly: a comment stored by another instance shows once the time is up, one "
            + "taken here at once")
    void commentListsAreKeptBriefly() throws SQLException {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        comment(format, "Erster Beitrag");
        // Taken before the answer is kept, so "within the time" below never holds for an answer already expired.
        long cachedAt = System.nanoTime();
        comments(format).body("total", equalTo(1));

        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "insert into comment (id, version, created_at, updated_at, target_type, target_id, depth, text, "
                        + "author_name, anonymous, state, withdrawn) values (gen_random_uuid(), 0, now(), now(), "
                        + "'FORMAT', ?, 0, 'Anderswo geschrieben', 'Gast', true, 'PUBLISHED', false)")) {
            statement.setObject(1, format.id());
            statement.executeUpdate();
        }
        int seen = comments(format).extract().path("total");
        if (System.nanoTime() - cachedAt < briefly.toNanos()) {
            assertEquals(1, seen, "within the time, the kept answer");
        }
        await(briefly.plusMillis(100));
        comments(format).body("total", equalTo(2));

        comment(format, "Hier geschrieben");
        comments(format).body("total", equalTo(3));
    }

    private static void comment(FormatResponse format, String text) {
        given().contentType("application/json").body(java.util.Map.of("targetType", "FORMAT", "targetId", format.id(),
                "text", text, "pseudonym", "Gast")).when().post("/api/v1/comments").then().statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse comments(FormatResponse format) {
        return given().queryParam("targetType", "FORMAT").queryParam("targetId", format.id().toString())
                .when().get("/api/v1/comments").then().statusCode(200);
    }

    private static void await(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
