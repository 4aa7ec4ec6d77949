package org.mitwirken.common.ratelimit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Registered apps share an allowance, reported in RateLimit headers")
class AppAllowanceTest {

    @Test
    @TestSecurity(user = "citizen-via-app")
    @OidcSecurity(claims = @Claim(key = "azp", value = "test-city-app"))
    @DisplayName("a registered app's requests count down in RateLimit; over the allowance: 429 with Retry-After")
    void countsDown() {
        for (int remaining = 4; remaining >= 0; remaining--) {
            api().when().get("/api/v1/processes").then().statusCode(200)
                    .header("RateLimit-Policy", "\"app\";q=5;w=600")
                    .header("RateLimit", matchesPattern("\"app\";r=" + remaining + ";t=\\d+"));
        }
        api().when().get("/api/v1/processes").then().statusCode(429)
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit", matchesPattern("\"app\";r=0;t=\\d+"))
                .body("type", equalTo("urn:mitwirken:problem:too-many-requests"));
    }

    @Test
    @TestSecurity(user = "citizen-in-the-web-app")
    @OidcSecurity(claims = @Claim(key = "azp", value = "mitwirken-spa"))
    @DisplayName("the city's own web app is not a registered app: no shared allowance, no RateLimit headers")
    void ownWebAppIsNotCounted() {
        for (int i = 0; i < 7; i++) {
            api().when().get("/api/v1/processes").then().statusCode(200).header("RateLimit", nullValue());
        }
    }
}
