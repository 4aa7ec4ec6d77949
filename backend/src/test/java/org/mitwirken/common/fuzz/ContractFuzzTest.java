package org.mitwirken.common.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mitwirken.support.Contract;

/**
 * A schema-driven fuzz pass: for every documented operation, inputs generated from its own schemas (valid ones, and
 * the same bent: a required field missing, a value of the wrong type, a null, an extreme number, text with NUL,
 * markup and emoji) are sent as a staff member and without login. Whatever arrives, the answer is never a 5xx and
 * never breaks the contract ({@link Contract#badRequest()} validates every answer). The seed is fixed, so a failure
 * repeats; set {@code -Dfuzz.seed} to explore others and {@code -Dfuzz.rounds} for more inputs per operation.
 */
@QuarkusTest
@DisplayName("Fuzzing every operation with inputs derived from the contract")
class ContractFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 12);
    private static final OpenAPI SPEC = parse();

    record Target(String method, String path, Operation operation) {
        @Override
        public String toString() {
            return operation.getOperationId() + " (" + method + " " + path + ")";
        }
    }

    static Stream<Target> operations() {
        List<Target> all = new ArrayList<>();
        SPEC.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> all.add(new Target(method.name(), path, operation))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @TestSecurity(user = "fuzz-admin", roles = { "admin", "moderator" })
    @DisplayName("as staff")
    void asStaff(Target target) {
        fuzz(target, new Random(SEED ^ target.toString().hashCode()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @DisplayName("without login")
    void anonymously(Target target) {
        fuzz(target, new Random(~SEED ^ target.toString().hashCode()));
    }

    private static void fuzz(Target target, Random random) {
        Inputs inputs = new Inputs(SPEC, random);
        for (int round = 0; round < ROUNDS; round++) {
            boolean bent = round % 2 == 1;
            RequestSpecification request = Contract.badRequest().redirects().follow(false)
                    .header("X-Forwarded-For", "203.0.113." + (1 + random.nextInt(250)));
            String path = target.path();
            for (Parameter parameter : parameters(target.operation())) {
                String value = inputs.parameter(parameter, bent && random.nextInt(3) == 0);
                switch (parameter.getIn()) {
                    case "path" -> path = path.replace("{" + parameter.getName() + "}", value);
                    case "query" -> {
                        if (Boolean.TRUE.equals(parameter.getRequired()) || random.nextBoolean()) {
                            request.queryParam(parameter.getName(), value);
                        }
                    }
                    case "header" -> request.header(parameter.getName(), value);
                    default -> { }
                }
            }
            var body = target.operation().getRequestBody();
            if (body != null && body.getContent().containsKey("application/json")) {
                request.contentType("application/json")
                        .body(inputs.body(body.getContent().get("application/json").getSchema(), bent));
            } else if (body != null && body.getContent().containsKey("multipart/form-data")) {
                request.multiPart("title", inputs.text(bent)).multiPart("kind", bent ? "FLYER" : "MINUTES");
            }
            ExtractableResponse<Response> response = request.when().request(target.method(), path).then().extract();
            assertTrue(response.statusCode() < 500, target + " answered " + response.statusCode() + " to "
                    + (bent ? "bent" : "valid") + " input in round " + round + " (seed " + SEED + "): "
                    + response.body().asString());
        }
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().read(Contract.SPEC.toString(), null, options);
    }
}
