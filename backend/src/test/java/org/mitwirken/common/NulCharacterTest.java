package org.mitwirken.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mitwirken.format.FormatResponse;

/** PostgreSQL refuses NUL in text; a request carrying one gets a 400 problem, never a 500, and stores nothing. */
@QuarkusTest
@DisplayName("NUL characters in requests")
class NulCharacterTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/formats/%00", "/api/v1/surveys/%00/results", "/api/v1/processes?status=%00",
            "/api/v1/votings?format=%00", "/api/v1/map-contributions?district=a%00b" })
    @DisplayName("in a path or query are refused with 400")
    void inPathOrQuery(String path) {
        badRequest().urlEncodingEnabled(false).when().get(path).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("in a text field are refused with 400 naming the field, and nothing is stored")
    void inText() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        badRequest().header("X-Forwarded-For", "198.51.100.200").contentType(ContentType.JSON)
                .body("{\"targetType\":\"FORMAT\",\"targetId\":\"" + format.id() + "\",\"text\":\"a\\u0000b\","
                        + "\"pseudonym\":\"Nul\"}")
                .when().post("/api/v1/comments").then().statusCode(400)
                .body("violations.field", contains("text"));
        badRequest().queryParam("targetType", "FORMAT").queryParam("targetId", format.id().toString())
                .when().get("/api/v1/comments").then().statusCode(200).body("total", equalTo(0));
    }
}
