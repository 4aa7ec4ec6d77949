package org.mitwirken.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mitwirken.support.Contract;
import org.mitwirken.support.TestClients;

/**
 * Generated from openapi.yaml: every operation, called by each kind of caller, answers as its documented security
 * says. Secured operations refuse callers without a token (401); those that name roles refuse everyone else with a
 * token (403), before looking at the request; public operations answer 401 or 403 only where they document it; nobody ever gets a 5xx.
 * Every answer carries the Cache-Control that the caching rule ({@link #expectedCacheControl}) gives it.
 * Objects of draft processes and other people's items are covered operation by operation in
 * {@link AuthorizationMatrixTest} and {@link ParticipationAuthorizationTest}.
 */
@QuarkusTest
@DisplayName("Every documented operation, for every kind of caller")
class OperationsMatrixTest {
    private static final OpenAPI SPEC = new OpenAPIV3Parser().read(Contract.SPEC.toString());

    record DocumentedOperation(String method, String path, Operation operation) {
        /** The roles a login needs; empty: any login; null: no login needed (none, or an optional one). */
        List<String> roles() {
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()
                    || operation.getSecurity().stream().anyMatch(requirement -> requirement.isEmpty())) {
                return null;
            }
            return operation.getSecurity().get(0).values().iterator().next();
        }

        /** What openapi-generator's clients send: the JSON types among all answers if there are any, else all. */
        String generatedClientAccept() {
            List<String> types = operation.getResponses().values().stream()
                    .filter(response -> response.getContent() != null)
                    .flatMap(response -> response.getContent().keySet().stream()).distinct().toList();
            List<String> json = types.stream().filter(type -> type.endsWith("json")).toList();
            return String.join(", ", json.isEmpty() ? types : json.subList(0, 1));
        }

        boolean documents(int status) {
            return operation.getResponses().containsKey(Integer.toString(status));
        }

        @Override
        public String toString() {
            return operation.getOperationId() + " (" + method + " " + path + ")";
        }
    }

    static Stream<DocumentedOperation> operations() {
        List<DocumentedOperation> all = new ArrayList<>();
        SPEC.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> all.add(new DocumentedOperation(method.name(), path, operation))));
        assertTrue(all.size() > 90, "the contract lists every operation");
        assertTrue(all.stream().filter(o -> o.roles() != null).count() > 50, "staff operations name their roles");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @DisplayName("without a token")
    void anonymous(DocumentedOperation operation) {
        int status = callAndCheckCaching(operation, false);
        if (operation.roles() != null) {
            assertEquals(401, status, operation + " needs a token");
        } else {
            assertPublicAnswer(operation, status);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @TestSecurity(user = "matrix-admin", roles = "admin")
    @DisplayName("with the Accept header of a generated client, never a 406")
    void generatedClientAccept(DocumentedOperation operation) {
        int status = call(operation, operation.generatedClientAccept()).statusCode();
        assertTrue(status != 406 && status < 500, operation + " answered " + status + " to Accept: "
                + operation.generatedClientAccept());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @DisplayName("without a token, a secured operation answers 401 whatever the body's type and the Accept")
    void anonymousWithUnsuitableTypes(DocumentedOperation operation) {
        if (operation.roles() != null) {
            ExtractableResponse<Response> response = RestAssured.given().accept("text/html").contentType("text/plain")
                    .body("x").when().request(operation.method(), concretePath(operation)).then().extract();
            assertEquals(401, response.statusCode(), operation.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @TestSecurity(user = "matrix-citizen")
    @DisplayName("as a citizen")
    void citizen(DocumentedOperation operation) {
        assertAnswerFor(operation, callAndCheckCaching(operation, true), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @TestSecurity(user = "matrix-moderator", roles = "moderator")
    @DisplayName("as a moderator")
    void moderator(DocumentedOperation operation) {
        assertAnswerFor(operation, callAndCheckCaching(operation, true), List.of(Roles.MODERATOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @TestSecurity(user = "matrix-admin", roles = "admin")
    @DisplayName("as an admin")
    void admin(DocumentedOperation operation) {
        assertAnswerFor(operation, callAndCheckCaching(operation, true), List.of(Roles.ADMIN));
    }

    private static void assertAnswerFor(DocumentedOperation operation, int status, List<String> callerRoles) {
        List<String> roles = operation.roles();
        if (roles == null) {
            assertPublicAnswer(operation, status);
        } else if (!roles.isEmpty() && roles.stream().noneMatch(callerRoles::contains)) {
            assertEquals(403, status, operation + " is for " + roles + " only");
        } else {
            assertTrue(status != 401 && status != 403 && status < 500, operation + " answered " + status);
        }
    }

    private static void assertPublicAnswer(DocumentedOperation operation, int status) {
        assertTrue(status < 500, operation + " answered " + status);
        assertTrue(status != 401 || operation.documents(401), operation + " answered an undocumented 401");
        assertTrue(status != 403 || operation.documents(403), operation + " answered an undocumented 403");
    }

    /**
     * The caching rule of docs/security.md, written out here apart from its implementation: problems and answers to
     * writes are never stored; so are reads that need a login, and personal reads of a caller who identified
     * themselves; other reads of such a caller are private; everything else is public and revalidated.
     */
    static String expectedCacheControl(DocumentedOperation operation, int status, boolean identified) {
        if (status >= 400 || !"GET".equals(operation.method()) || operation.roles() != null) {
            return "no-store";
        }
        if (identified && PERSONAL_READS.contains(operation.operation().getOperationId())) {
            return "no-store";
        }
        return identified ? "private, no-cache" : "public, no-cache";
    }

    /** Reads that hold the caller's own items when called with a login or device token. */
    static final List<String> PERSONAL_READS = List.of("getMyBallot", "listComments", "getInputOutcome");

    private static int callAndCheckCaching(DocumentedOperation operation, boolean identified) {
        ExtractableResponse<Response> response = call(operation);
        assertEquals(expectedCacheControl(operation, response.statusCode(), identified),
                response.header("Cache-Control"), operation + " answered " + response.statusCode());
        return response.statusCode();
    }

    /** Calls the operation with placeholders for every required part: unknown ids, an empty body. */
    private static ExtractableResponse<Response> call(DocumentedOperation documented) {
        return call(documented, null);
    }

    private static ExtractableResponse<Response> call(DocumentedOperation documented, String accept) {
        RequestSpecification request = RestAssured.given().redirects().follow(false)
                .header("X-Forwarded-For", TestClients.uniqueAddress());
        if (accept != null) {
            request.accept(accept);
        }
        for (Parameter parameter : parameters(documented.operation())) {
            if ("query".equals(parameter.getIn()) && Boolean.TRUE.equals(parameter.getRequired())) {
                request.queryParam(parameter.getName(), placeholder(parameter.getSchema()));
            }
        }
        String path = concretePath(documented);
        var body = documented.operation().getRequestBody();
        if (body != null && body.getContent().containsKey("multipart/form-data")) {
            request.multiPart("placeholder", "placeholder");
        } else if (body != null) {
            request.contentType("application/json").body("{}");
        }
        return request.when().request(documented.method(), path).then().extract();
    }

    private static String concretePath(DocumentedOperation documented) {
        String path = documented.path();
        for (Parameter parameter : parameters(documented.operation())) {
            if ("path".equals(parameter.getIn())) {
                path = path.replace("{" + parameter.getName() + "}", placeholder(parameter.getSchema()));
            }
        }
        return path;
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static String placeholder(Schema<?> schema) {
        if (schema == null) {
            return "gibt-es-nicht";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0).toString();
        }
        if ("uuid".equals(schema.getFormat())) {
            return UUID.randomUUID().toString();
        }
        if ("integer".equals(schema.getType())) {
            return "1";
        }
        return "gibt-es-nicht";
    }
}
