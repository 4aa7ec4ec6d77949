package org.mitwirken.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Every test request goes through this filter, which fails the test when a response (status, headers, body)
 * is not what the committed openapi.yaml promises. Requests are not checked: many tests send bad input on purpose.
 */
public final class Contract {
    public static final Path SPEC = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    /** A REST Assured request whose response is checked against the contract. */
    public static RequestSpecification api() {
        return RestAssured.given().filter(FILTER);
    }
}
