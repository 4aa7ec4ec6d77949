package org.mitwirken.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Test requests go through a filter that fails the test when the exchange departs from the committed openapi.yaml:
 * the response always (status, headers, body), the request too unless the test sends bad input on purpose.
 * Bearer tokens are not checked here because {@code @TestSecurity} stands in for them.
 */
public final class Contract {
    public static final Path SPEC = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter REQUESTS_AND_RESPONSES = filter(ValidationReport.Level.ERROR);
    private static final OpenApiValidationFilter RESPONSES_ONLY = filter(ValidationReport.Level.IGNORE);

    private Contract() {
    }

    /** A request a well-behaved client would send; request and response are checked against the contract. */
    public static RequestSpecification api() {
        return RestAssured.given().filter(REQUESTS_AND_RESPONSES);
    }

    /** A request that breaks the contract on purpose; only the server's answer is checked. */
    public static RequestSpecification badRequest() {
        return RestAssured.given().filter(RESPONSES_ONLY);
    }

    /**
     * A multipart upload: the validator cannot read multipart bodies, so only the answer is checked. File names go
     * out in UTF-8, as browsers send them.
     */
    public static RequestSpecification multipart() {
        return RestAssured.given().filter(RESPONSES_ONLY).config(RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }

    /** A JSON path over every page of a paged list, since tests sharing a database fill lists beyond one page. */
    public static <T> java.util.List<T> allPages(String path, String jsonPath) {
        java.util.List<T> values = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var response = api().queryParam("page", page).queryParam("size", 100).when().get(path).then()
                    .statusCode(200).extract();
            values.addAll(response.<java.util.List<T>>path("items." + jsonPath));
            if ((page + 1) * 100L >= response.<Integer>path("total")) {
                return values;
            }
        }
    }

    private static OpenApiValidationFilter filter(ValidationReport.Level requestLevel) {
        return new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(SPEC.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", requestLevel)
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }
}
