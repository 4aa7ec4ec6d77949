package org.mitwirken.common.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mitwirken.support.Contract.api;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Operations on their way out announce it in Deprecation, Sunset and Link headers")
class DeprecationHeadersTest {

    /** An operation as one would look while it is deprecated; kept out of the contract (application.properties). */
    @Path("/api/v1/test-only/legacy")
    public static class LegacyResource {
        @GET
        @PermitAll
        @Produces(MediaType.TEXT_PLAIN)
        @Deprecated
        @Sunset(deprecatedOn = "2026-12-01", sunsetOn = "2027-06-01", link = "https://example.org/docs/api.md#versioning")
        public String legacy() {
            return "noch da";
        }
    }

    @Test
    @DisplayName("a deprecated operation's answer carries the day of deprecation, the sunset day and the way forward")
    void headersOnDeprecatedOperations() {
        RestAssured.given().when().get("/api/v1/test-only/legacy").then().statusCode(200)
                .header("Deprecation", "@" + LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond())
                .header("Sunset", "Tue, 01 Jun 2027 00:00:00 GMT")
                .header("Link", "<https://example.org/docs/api.md#versioning>; rel=\"deprecation\"");
    }

    @Test
    @DisplayName("other operations carry none of them")
    void noHeadersElsewhere() {
        api().when().get("/api/v1/processes").then().statusCode(200)
                .header("Deprecation", nullValue()).header("Sunset", nullValue());
    }

    @Test
    @DisplayName("every operation with a sunset is marked @Deprecated (deprecated: true in the contract) and gets six "
            + "months at least")
    void sunsetsAreDeclaredAndFair() {
        var production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mitwirken");
        methods().that().areAnnotatedWith(Sunset.class).should().beAnnotatedWith(Deprecated.class)
                .allowEmptyShould(true).check(production);
        for (var method : production.stream().flatMap(type -> type.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Sunset.class)).toList()) {
            Sunset sunset = method.getAnnotationOfType(Sunset.class);
            assertThat(method.getFullName(), !LocalDate.parse(sunset.sunsetOn())
                    .isBefore(LocalDate.parse(sunset.deprecatedOn()).plus(Period.ofMonths(6))), is(true));
        }
    }
}
