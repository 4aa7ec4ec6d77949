package org.mitwirken.common.http;

import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Security headers")
class SecurityHeadersTest {

    @Test
    @DisplayName("API answers forbid sniffing, framing, referrers and any active content, also on errors")
    void apiHeaders() {
        for (String path : new String[] { "/api/v1/processes", "/api/v1/formats/gibt-es-nicht" }) {
            api().when().get(path).then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'; "
                            + "base-uri 'none'"));
        }
    }
}
