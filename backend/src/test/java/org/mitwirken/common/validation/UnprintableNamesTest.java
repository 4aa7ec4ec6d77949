package org.mitwirken.common.validation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.format.FormatResponse;

/** Names and titles people read in lists, PDFs and e-mails refuse characters nobody can see or read. */
@QuarkusTest
@DisplayName("Names with control or private-use characters")
class UnprintableNamesTest {

    @Test
    @DisplayName("a pseudonym with a control character is refused with the code unprintable, and nothing is stored")
    void pseudonym() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        badRequest().header("X-Forwarded-For", "198.51.100.201").contentType(ContentType.JSON)
                .body(Map.of("targetType", "FORMAT", "targetId", format.id().toString(), "text", "Gute Idee",
                        "pseudonym", "Anna\u0007"))
                .when().post("/api/v1/comments").then().statusCode(400)
                .body("violations.field", contains("pseudonym"))
                .body("violations[0].code", equalTo("unprintable"))
                .body("violations[0].message",
                        equalTo("enthält Steuerzeichen oder Zeichen, die nicht dargestellt werden können"));
        badRequest().queryParam("targetType", "FORMAT").queryParam("targetId", format.id().toString())
                .when().get("/api/v1/comments").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a district name with a private-use character and a format title with a right-to-left override are "
            + "refused")
    void staffNames() {
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "Erfenbach\uE000"))
                .when().post("/api/v1/districts").then().statusCode(400)
                .body("violations.field", contains("name")).body("violations[0].code", equalTo("unprintable"));
        badRequest().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("process", aProcess().create().slug(), "kind", "FUTURE_WORKSHOP",
                        "title", "Werkstatt \u202Eträts", "summary", "Leitgedanken", "startsOn", "2024-10-15"))
                .when().post("/api/v1/formats").then().statusCode(400)
                .body("violations.field", contains("title")).body("violations[0].code", equalTo("unprintable"))
                .body("violations[0].message",
                        equalTo("contains control characters or characters that cannot be displayed"));
    }
}
