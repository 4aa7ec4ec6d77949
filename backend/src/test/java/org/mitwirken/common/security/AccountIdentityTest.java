package org.mitwirken.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.format.FormatResponse;

/**
 * A login name can be deleted in Keycloak and registered again by a stranger; the new account gets a new subject.
 * Everything here is stored under the subject, so the stranger inherits nothing.
 */
@QuarkusTest
@TestProfile(RealTokensProfile.class)
@DisplayName("Accounts are their token's subject, never their login name")
class AccountIdentityTest {

    @Test
    @DisplayName("a name registered again after the first account was deleted sees nothing of the former account")
    void reRegisteredNameInheritsNothing() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, false, false).create();
        RequestSpecification first = as("lena", "subject-of-the-first-lena");
        String comment = first.contentType(ContentType.JSON).body(Map.of("targetType", "FORMAT", "targetId",
                format.id(), "text", "Mehr Schatten am Stiftsplatz")).when().post("/api/v1/comments").then()
                .statusCode(201).body("comment.authorName", equalTo("lena")).extract().path("comment.id");
        as("lena", "subject-of-the-first-lena").when().get("/api/v1/me/data").then().statusCode(200)
                .body("account", equalTo("subject-of-the-first-lena")).body("name", equalTo("lena"))
                .body("sections.comments.written.id", contains(comment));

        RequestSpecification stranger = as("lena", "subject-of-the-second-lena");
        stranger.when().get("/api/v1/me/data").then().statusCode(200)
                .body("account", equalTo("subject-of-the-second-lena"))
                .body("sections.comments.written", empty());
        as("lena", "subject-of-the-second-lena").queryParam("targetType", "FORMAT")
                .queryParam("targetId", format.id()).when().get("/api/v1/comments").then().statusCode(200)
                .body("items.writtenByMe", contains(false));
        as("lena", "subject-of-the-second-lena").when().delete("/api/v1/comments/" + comment).then()
                .statusCode(403);
    }

    @Test
    @DisplayName("a token without a subject is refused with 401, never taken by its login name")
    void tokenWithoutSubject() {
        String token = TestTokens.signed(TestTokens.valid("lena").remove("sub"));
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/me/data").then().statusCode(401);
    }

    private static RequestSpecification as(String loginName, String subject) {
        return given().header("Authorization", "Bearer "
                + TestTokens.signed(TestTokens.valid(loginName).subject(subject)));
    }
}
