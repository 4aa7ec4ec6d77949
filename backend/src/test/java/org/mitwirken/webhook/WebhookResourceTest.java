package org.mitwirken.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Webhooks: registering an app's endpoint")
class WebhookResourceTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin registers a webhook and sees its secret once; reading it later never shows the secret")
    void secretShownOnce() {
        var answer = api().contentType(ContentType.JSON)
                .body(Map.of("appClient", "stadtzeitung", "url", "https://hooks.example.org/mitwirken",
                        "events", List.of("format.published", "results.published")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("webhook.events", contains("format.published", "results.published"))
                .body("webhook.active", equalTo(true))
                .body("webhook.previousSecretValidUntil", nullValue())
                .extract();
        String id = answer.jsonPath().getString("webhook.id");
        try {
            org.hamcrest.MatcherAssert.assertThat(answer.header("Location"), endsWith("/api/v1/webhooks/" + id));
            api().when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("url", equalTo("https://hooks.example.org/mitwirken"))
                    .body("$", not(hasKey("secret")));
        } finally {
            api().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
        api().when().get("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a URL that is not https, has no host or carries credentials, and an unknown event type are refused "
            + "field by field")
    void refusesBadTargets() {
        for (String url : List.of("ftp://hooks.example.org/x", "https:///nohost", "https://user:pw@hooks.example.org/x",
                "nicht eine URL")) {
            badRequest().contentType(ContentType.JSON).body(Map.of("appClient", "app", "url", url))
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(400).body("violations.field", contains("url"));
        }
        badRequest().contentType(ContentType.JSON)
                .body(Map.of("appClient", "app", "url", "https://hooks.example.org/x", "events", List.of("format.eaten")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(400).body("violations.field", contains("events[0]"))
                .body("violations[0].code", org.hamcrest.Matchers.equalTo("one-of"))
                .body("violations[0].arguments.allowed", org.hamcrest.Matchers.containsString("format.published"));
        api().queryParam("size", 100).when().get("/api/v1/webhooks").then().statusCode(200)
                .body("items.url", not(org.hamcrest.Matchers.hasItem("https://hooks.example.org/x")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("rotating the secret returns a new one and keeps the old one signing for a day; updates need the "
            + "version last read")
    void rotationAndVersions() {
        JsonPath created = api().contentType(ContentType.JSON)
                .body(Map.of("appClient", "quartier-app", "url", "https://hooks.example.org/q"))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("webhook.id");
        try {
            api().when().post("/api/v1/webhooks/" + id + "/secret").then().statusCode(200)
                    .body("secret", not(equalTo(created.getString("secret"))))
                    .body("webhook.previousSecretValidUntil", notNullValue());
            api().contentType(ContentType.JSON)
                    .body(Map.of("appClient", "quartier-app", "url", "https://hooks.example.org/q2", "active", false,
                            "version", 0))
                    .when().put("/api/v1/webhooks/" + id).then().statusCode(409);
            long version = api().when().get("/api/v1/webhooks/" + id).then().extract().jsonPath().getLong("version");
            api().contentType(ContentType.JSON)
                    .body(Map.of("appClient", "quartier-app", "url", "https://hooks.example.org/q2", "active", false,
                            "events", List.of(), "version", version))
                    .when().put("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("url", equalTo("https://hooks.example.org/q2")).body("active", equalTo(false))
                    .body("events", empty());
        } finally {
            api().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    @DisplayName("moderators cannot see or register webhooks")
    void adminsOnly() {
        api().when().get("/api/v1/webhooks").then().statusCode(403);
        api().contentType(ContentType.JSON).body(Map.of("appClient", "a", "url", "https://hooks.example.org/m"))
                .when().post("/api/v1/webhooks").then().statusCode(403);
    }

    @Test
    @DisplayName("without a login the webhook list answers 401")
    void loginNeeded() {
        api().when().get("/api/v1/webhooks").then().statusCode(401);
    }
}
