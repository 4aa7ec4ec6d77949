package org.mitwirken.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(KeycloakUnreachableTest.KeycloakAway.class)
@DisplayName("With Keycloak stopped")
class KeycloakUnreachableTest {

    /** The realm's address points at a port where nothing listens, as when Keycloak is down. */
    public static class KeycloakAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/mitwirken",
                    "quarkus.oidc.connection-delay", "0S");
        }
    }

    @Test
    @DisplayName("public reads and anonymous comments go on as before")
    void publicAndAnonymousUnaffected() {
        var format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        given().when().get("/api/v1/formats").then().statusCode(200);
        given().when().get("/api/v1/formats/" + format.slug()).then().statusCode(200);
        given().header("X-Forwarded-For", "198.51.100.201").contentType(ContentType.JSON)
                .body(Map.of("targetType", "FORMAT", "targetId", format.id(), "text", "Mehr Bänke", "pseudonym", "Gast"))
                .when().post("/api/v1/comments").then().statusCode(201);
    }

    @Test
    @DisplayName("calls with a bearer token fail fast with 503 and Retry-After, without a stack trace")
    void tokenCallsFailFast() {
        given().header("Authorization", "Bearer " + TestTokens.signed(TestTokens.valid("admin", "admin")))
                .when().get("/api/v1/statistics")
                .then().statusCode(503)
                .time(lessThan(5L), TimeUnit.SECONDS)
                .header("Retry-After", not(equalTo(null)))
                .contentType(containsString("application/problem+json"))
                .body(not(containsString("Exception")));
    }

    @Test
    @DisplayName("staff operations without a token still answer 401")
    void staffWithoutTokenIs401() {
        given().when().get("/api/v1/statistics").then().statusCode(401);
    }
}
