package org.mitwirken.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.format.FormatResponse;

@QuarkusTest
@DisplayName("Cached catalogue answers")
class CatalogueCacheTest {

    @Inject
    DataSource dataSource;

    @Inject
    CatalogueCache cache;

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
}
