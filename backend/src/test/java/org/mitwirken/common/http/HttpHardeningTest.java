package org.mitwirken.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("HTTP hardening")
class HttpHardeningTest {

    @Test
    @DisplayName("the SPA's origin may call the API from a browser, with the headers it needs")
    void allowedOrigin() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/comments")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", "http://localhost:5173").when().get("/api/v1/formats")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    @DisplayName("other origins get no CORS permission, so browsers keep their pages from reading answers")
    void foreignOrigin() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/comments")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").when().get("/api/v1/formats")
                .then().header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
    }

    @Test
    @DisplayName("TRACE is not served anywhere")
    void noTrace() {
        for (String path : new String[] { "/api/v1/formats", "/q/health", "/" }) {
            int status = given().when().request("TRACE", path).then().extract().statusCode();
            org.junit.jupiter.api.Assertions.assertEquals(405, status,
                    "TRACE " + path + " answered " + status);
        }
    }

    @Test
    @DisplayName("a JSON body over the limit is refused with 413 before it is read, and nothing is stored")
    void oversizedJson() {
        String huge = "{\"text\":\"" + "x".repeat(1_100_000) + "\"}";
        given().contentType("application/json").body(huge).when().post("/api/v1/comments")
                .then().statusCode(413).contentType(containsString("application/problem+json"));
    }

    @TestHTTPResource("/api/v1/comments")
    URI comments;

    @Test
    @DisplayName("a chunked JSON body (no Content-Length) over the limit is refused with 413 as well")
    void oversizedChunkedJson() throws Exception {
        byte[] huge = ("{\"text\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(comments).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("application/problem+json"));
    }
}
