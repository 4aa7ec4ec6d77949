package org.mitwirken.common.apps;

import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.format.FormatResponse;

@QuarkusTest
@DisplayName("Server apps (client credentials) read, but never take part")
class ServerAppsReadOnlyTest {

    @Test
    @TestSecurity(user = "service-account-stadtzeitung")
    @OidcSecurity(claims = { @Claim(key = "azp", value = "stadtzeitung"), @Claim(key = "client_id",
            value = "stadtzeitung") })
    @DisplayName("an app logged in as itself reads formats, and its comment is refused with 403 naming why")
    void readsButDoesNotComment() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();

        api().when().get("/api/v1/formats/" + format.slug()).then().statusCode(200);
        api().contentType(ContentType.JSON).body(Map.of("targetType", "FORMAT", "targetId", format.id(),
                "text", "Ich bin ein Programm")).when().post("/api/v1/comments")
                .then().statusCode(403)
                .body("type", equalTo("urn:mitwirken:problem:server-app-read-only"));
        api().queryParam("targetType", "FORMAT").queryParam("targetId", format.id().toString())
                .when().get("/api/v1/comments").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "citizen-via-app")
    @OidcSecurity(claims = @Claim(key = "azp", value = "quartier-app"))
    @DisplayName("a citizen logged in through an app (PKCE) takes part as usual")
    void citizensThroughAppsTakePart() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();

        api().contentType(ContentType.JSON).body(Map.of("targetType", "FORMAT", "targetId", format.id(),
                "text", "Gute Idee")).when().post("/api/v1/comments").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "service-account-city-automation", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "city-automation"))
    @DisplayName("a service account the city gave the admin role keeps what admins may do")
    void staffAutomationKeepsItsRole() {
        api().contentType(ContentType.JSON).body(Map.of("name", "Automatisch " + System.nanoTime()))
                .when().post("/api/v1/districts").then().statusCode(201);
    }
}
