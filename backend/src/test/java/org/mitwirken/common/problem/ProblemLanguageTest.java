package org.mitwirken.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every violation carries a stable code and its arguments, so clients say it in their own words; the server says it
 * too, in the language the caller asks for: German, the city's, unless English is asked for.
 */
@QuarkusTest
@DisplayName("Problems in codes and in the caller's language")
class ProblemLanguageTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("each violation names its field, a stable code and the code's arguments")
    void violationsHaveCodesAndArguments() {
        invalidFormat(null)
                .body("code", equalTo("validation-failed"))
                .body("arguments", equalTo(Map.of()))
                .body("violations.find { it.field == 'title' }.code", equalTo("too-long"))
                .body("violations.find { it.field == 'title' }.arguments", equalTo(Map.of("max", 200)))
                .body("violations.find { it.field == 'summary' }.code", equalTo("required"))
                .body("violations.find { it.field == 'summary' }.arguments", equalTo(Map.of()))
                .body("violations.find { it.field == 'slug' }.code", equalTo("slug"))
                .body("violations.find { it.field == 'startsOn' }.code", equalTo("required"));
    }

    @Test
    @DisplayName("a query parameter out of range names the range as arguments")
    void parameterRange() {
        badRequest().queryParam("page", "abc").when().get("/api/v1/formats").then().statusCode(400)
                .body("violations[0].field", equalTo("page"))
                .body("violations[0].code", equalTo("whole-number"))
                .body("violations[0].arguments", equalTo(Map.of("min", 0, "max", 999999)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("without Accept-Language the problem is German, says so, and varies by the header")
    void germanByDefault() {
        invalidFormat(null)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Die Anfrage ist ungültig"))
                .body("detail", equalTo("Eine oder mehrere Angaben sind ungültig."))
                .body("violations.find { it.field == 'title' }.message", equalTo("darf höchstens 200 Zeichen lang sein"))
                .body("violations.find { it.field == 'summary' }.message", equalTo("muss angegeben werden"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("with Accept-Language: en the same problem is English, with the same codes")
    void englishWhenAsked() {
        invalidFormat("en")
                .header("Content-Language", "en")
                .body("title", equalTo("The request is not valid"))
                .body("detail", equalTo("One or more fields are invalid."))
                .body("violations.find { it.field == 'title' }.message", equalTo("must be at most 200 characters long"))
                .body("violations.find { it.field == 'title' }.code", equalTo("too-long"))
                .body("violations.find { it.field == 'slug' }.message",
                        equalTo("lower-case letters, digits and single hyphens only"));
    }

    @ParameterizedTest(name = "Accept-Language: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = { "en|en", "en-GB|en", "fr-FR, en;q=0.5|en", "de-AT|de", "fr|de", "*|de",
            "en;q=0, de|de", "de;q=0.4, en;q=0.8|en", ";;;|de" })
    @DisplayName("the language is looked up among de and en by the caller's preferences, German otherwise")
    void negotiation(String acceptLanguage, String language) {
        badRequest().header("Accept-Language", acceptLanguage).when().get("/api/v1/processes/no-such-process")
                .then().statusCode(404).header("Content-Language", language);
    }

    @Test
    @DisplayName("a problem without violations has a code, arguments and a detail in the asked language")
    void detailCodes() {
        api().when().get("/api/v1/processes/no-such-process").then().statusCode(404)
                .body("code", equalTo("no-such-item"))
                .body("arguments.key", equalTo("no-such-process"))
                .body("title", equalTo("Nicht gefunden"))
                .body("detail", equalTo("„no-such-process“ gibt es nicht, oder es ist nicht veröffentlicht."))
                .body("$", not(hasKey("violations")));
        api().header("Accept-Language", "en").when().get("/api/v1/processes/no-such-process").then()
                .statusCode(404).body("code", equalTo("no-such-item"))
                .body("detail", equalTo("'no-such-process' does not exist or is not published."));
    }

    @Test
    @DisplayName("a problem the framework raises (an unknown path) is said in the asked language too")
    void frameworkProblems() {
        given().header("Accept-Language", "en").when().get("/api/v1/no-such-collection").then().statusCode(404)
                .header("Content-Language", "en")
                .body("code", equalTo("not-found")).body("title", equalTo("Not found"));
    }

    private static ValidatableResponse invalidFormat(String acceptLanguage) {
        Map<String, Object> body = new HashMap<>();
        body.put("process", aProcess().create().slug());
        body.put("kind", "FUTURE_WORKSHOP");
        body.put("title", "x".repeat(201));
        body.put("summary", " ");
        body.put("slug", "Nicht OK");
        var request = badRequest().contentType(ContentType.JSON).body(body);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().post("/api/v1/formats").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
