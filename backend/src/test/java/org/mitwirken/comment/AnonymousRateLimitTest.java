package org.mitwirken.comment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.ratelimit.AnonymousWriteLimiter;

@QuarkusTest
@DisplayName("Rate limit on anonymous writes")
class AnonymousRateLimitTest {

    @ConfigProperty(name = "mitwirken.rate-limit.anonymous-writes")
    int allowed;

    @Inject
    EntityManager entityManager;

    @Inject
    AnonymousWriteLimiter rateLimits;

    @Test
    @DisplayName("addresses of one IPv6 /64 network share one limit: rotating through them gains nothing")
    void ipv6NetworksShareOneLimit() {
        UUID format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create().id();
        String network = "2001:db8:" + Long.toHexString((System.nanoTime() >> 16) & 0xffff) + ":1::";
        for (int i = 0; i < allowed; i++) {
            post(format, network + Integer.toHexString(i + 1)).then().statusCode(201);
        }
        post(format, network + "ffff").then().statusCode(429);
    }

    @Test
    @DisplayName("a client over the limit gets 429 with Retry-After; other clients are not affected")
    void limitsPerClient() {
        UUID format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create().id();
        // An IPv6 documentation network of its own, so no other test's random client shares the exhausted budget.
        String client = "2001:db8:" + Long.toHexString(System.nanoTime() & 0xffff) + "::1";
        for (int i = 0; i < allowed; i++) {
            post(format, client).then().statusCode(201);
        }
        post(format, client).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(equalTo("0")))
                .body("type", equalTo("urn:mitwirken:problem:too-many-requests"));
        post(format, "198.51.100.7").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("logged-in citizens are not limited by it")
    void accountsAreNotLimited() {
        UUID format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create().id();
        for (int i = 0; i <= allowed; i++) {
            api().header("X-Forwarded-For", "192.0.2.99").contentType(ContentType.JSON)
                    .body(Map.of("targetType", "FORMAT", "targetId", format, "text", "Beitrag " + i))
                    .when().post("/api/v1/comments").then().statusCode(201);
        }
    }

    @Test
    @DisplayName("no client address is stored, only keyed hashes")
    void storesNoAddress() {
        UUID format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create().id();
        post(format, "192.0.2.123").then().statusCode(201);
        rateLimits.sync();
        Number leaks = (Number) entityManager.createNativeQuery(
                "select count(*) from rate_limit_bucket where key_hash like '%192.0.2%'").getSingleResult();
        assertEquals(0, leaks.intValue());
        api().queryParam("targetType", "FORMAT").queryParam("targetId", format.toString())
                .when().get("/api/v1/comments").then().body(not(containsString("192.0.2.123")));
    }

    private static io.restassured.response.Response post(UUID format, String client) {
        return api().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("targetType", "FORMAT", "targetId", format, "text", "Hallo", "pseudonym", "Gast"))
                .when().post("/api/v1/comments");
    }
}
