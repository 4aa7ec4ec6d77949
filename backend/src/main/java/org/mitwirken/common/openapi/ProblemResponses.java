package org.mitwirken.common.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.mitwirken.common.problem.ProblemMapper;

/**
 * Documents the error responses every operation shares, so resources state only their own successes: the Problem
 * schema (with its violations and the arguments of their codes), 400 where input is read, 404 where a path names an item, 401/403 where a role is required, 409 on writes.
 */
final class ProblemResponses {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Violation", violationSchema());
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addProblems(path, method, operation)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        // An empty requirement beside the bearer one: the login is optional, so only a bad token is refused.
        boolean loginOptional = secured && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
        boolean write = method != PathItem.HttpMethod.GET;
        boolean readsInput = write || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        Map<String, String> problems = new TreeMap<>();
        if (readsInput) {
            problems.put("400", "Invalid input; `violations` names each invalid field");
        }
        if (loginOptional) {
            problems.put("401", "A bearer token was sent but is not valid");
        } else if (secured) {
            problems.put("401", "No valid bearer token");
            problems.put("403", "The token lacks the required role");
        }
        boolean namesAnItem = path.contains("{") || operation.getParameters() != null && operation.getParameters()
                .stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY
                        && Boolean.TRUE.equals(parameter.getRequired()));
        if (namesAnItem) {
            problems.put("404", "No such item, or it is not published");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "The body exceeds the size limit");
            problems.put("415", "The body is not `application/json`");
        }
        if (write) {
            problems.put("409", "Conflicts with the stored state (duplicate slug, stale version, item still in use)");
        }
        problems.put("429", "Too many requests: a registered app's allowance (see the RateLimit headers) or, for "
                + "writes without login, the client's; `Retry-After` says when to try again");
        problems.put("500", "Unexpected server error");
        if (!write) {
            operation.getResponses().addAPIResponse("304",
                    OASFactory.createAPIResponse().description("Not modified: the `If-None-Match` ETag is current"));
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && !problems.containsKey(status)) {
                problems.put(status, response.getDescription());
            }
        });
        problems.forEach((status, description) -> {
            APIResponse existing = operation.getResponses().getAPIResponse(status);
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                    .description(existing != null && existing.getDescription() != null
                            ? existing.getDescription() : description)
                    .content(problemContent()));
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemMapper.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .description("RFC 9457 problem details. `title`, `detail` and each violation's `message` are in the "
                        + "language `Accept-Language` asks for (de or en; German otherwise), which `Content-Language` "
                        + "names; `code` and `arguments` say the same for programs, in every language alike.")
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("type", "title", "status", "detail", "code", "arguments"))
                .addProperty("type", stringSchema("Stable URI identifying the kind of problem, "
                        + "e.g. urn:mitwirken:problem:validation-failed"))
                .addProperty("title", stringSchema("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("HTTP status code"))
                .addProperty("detail", stringSchema("What went wrong in this occurrence"))
                .addProperty("code", codeSchema("Stable code of the detail, e.g. no-such-item or stale-version; "
                        + "for a general detail the last part of the type"))
                .addProperty("arguments", argumentsSchema())
                .addProperty("instance", stringSchema("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Each invalid field, for validation-failed")
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema()
                .description("One invalid field, e.g. {\"field\": \"title\", \"code\": \"too-long\", "
                        + "\"arguments\": {\"max\": 200}, \"message\": \"darf höchstens 200 Zeichen lang sein\"}")
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "code", "arguments", "message"))
                .addProperty("field", stringSchema("JSON path of the field or name of the parameter"))
                .addProperty("code", codeSchema("Stable code of what is wrong with it, e.g. required, too-long, "
                        + "unknown, unprintable"))
                .addProperty("arguments", argumentsSchema())
                .addProperty("message", stringSchema("What is wrong with it, in the language of the answer"));
    }

    /** Inline rather than a schema of its own: generators read a map of scalars only so without warnings. */
    private static Schema argumentsSchema() {
        return OASFactory.createSchema()
                .description("The code's arguments by name, e.g. {\"min\": 2, \"max\": 50}: numbers, or texts "
                        + "(a list as its entries joined by \", \", a time in ISO 8601); empty when the code has none")
                .addType(Schema.SchemaType.OBJECT)
                .additionalPropertiesSchema(OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NUMBER)));
    }

    private static Schema codeSchema(String description) {
        return stringSchema(description).pattern("^[a-z0-9]+(-[a-z0-9]+)*$");
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
