package org.mitwirken.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RealTokensProfile.class)
@DisplayName("Bearer tokens")
class BearerTokenTest {
    private static final String STAFF_ONLY = "/api/v1/statistics";

    @Test
    @DisplayName("a token the realm issued to a moderator opens staff statistics")
    void validToken() {
        call(TestTokens.signed(TestTokens.valid("mod", "moderator"))).statusCode(200);
    }

    @Test
    @DisplayName("a valid token without a staff role is forbidden, not unauthenticated")
    void validTokenWithoutRole() {
        call(TestTokens.signed(TestTokens.valid("citizen"))).statusCode(403)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    @DisplayName("an expired token is refused with 401")
    void expired() {
        Instant past = Instant.now().minusSeconds(3600);
        call(TestTokens.signed(TestTokens.valid("mod", "moderator").issuedAt(past).expiresAt(past.plusSeconds(300))))
                .statusCode(401);
    }

    @Test
    @DisplayName("a token from another issuer is refused with 401")
    void wrongIssuer() {
        call(TestTokens.signed(TestTokens.valid("mod", "moderator").issuer("https://evil.test/realms/mitwirken")))
                .statusCode(401);
    }

    @Test
    @DisplayName("a token meant for another client is refused with 401")
    void wrongAudience() {
        call(TestTokens.signed(TestTokens.valid("mod", "moderator").audience("another-app"))).statusCode(401);
    }

    @Test
    @DisplayName("a token signed with a key the realm does not hold is refused with 401")
    void badSignature() {
        call(TestTokens.signedWithForeignKey(TestTokens.valid("mod", "moderator"))).statusCode(401);
    }

    @Test
    @DisplayName("an unsigned token (alg none) is refused with 401")
    void algNone() {
        call(TestTokens.unsigned(TestTokens.valid("mod", "moderator"))).statusCode(401);
    }

    @Test
    @DisplayName("a tampered payload (role added after signing) is refused with 401")
    void tamperedPayload() {
        String moderatorToken = TestTokens.signed(TestTokens.valid("mod", "moderator"));
        String adminToken = TestTokens.signed(TestTokens.valid("mod", "admin"));
        String[] parts = moderatorToken.split("\\.");
        call(parts[0] + "." + adminToken.split("\\.")[1] + "." + parts[2]).statusCode(401);
    }

    @Test
    @DisplayName("a malformed bearer value is refused with 401, and public reads still work without one")
    void malformed() {
        call("not-a-token").statusCode(401);
        given().when().get("/api/v1/formats").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse call(String token) {
        return given().header("Authorization", "Bearer " + token).when().get(STAFF_ONLY).then();
    }
}
