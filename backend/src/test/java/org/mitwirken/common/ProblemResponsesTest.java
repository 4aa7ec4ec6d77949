package org.mitwirken.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Errors outside any resource method still answer with problem+json, never an HTML page or a stack trace. */
@QuarkusTest
@DisplayName("Problem responses")
class ProblemResponsesTest {

    @Test
    @DisplayName("an unknown API path is a 404 problem")
    void unknownPath() {
        given().when().get("/api/v1/no-such-collection")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/no-such-collection"));
    }

    @Test
    @DisplayName("a method a resource does not offer is a 405 problem")
    void methodNotAllowed() {
        given().when().patch("/api/v1/formats")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    @DisplayName("asking for a representation the API cannot give is a 406 problem")
    void notAcceptable() {
        given().accept("application/pdf").when().get("/api/v1/formats")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a body over the size limit is refused without reaching the database")
    void oversizedBody() {
        given().contentType("application/json").body("{\"title\": \"" + "x".repeat(2_000_000) + "\"}")
                .when().post("/api/v1/formats")
                .then().statusCode(413).body(not(containsString("Exception")));
    }
}
