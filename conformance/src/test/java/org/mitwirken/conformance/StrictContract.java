package org.mitwirken.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Every JSON answer is checked against openapi.yaml more strictly than the contract itself asks: an object may carry
 * no property its schema does not name (a client generated today knows only those), a property not listed as
 * nullable may not be null, and the status must be documented for the operation. A departure fails the call.
 */
final class StrictContract implements Interceptor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    record Route(String method, Pattern path, String template, JsonNode operation) {
    }

    private final JsonNode components;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    StrictContract(Path contract) throws IOException {
        JsonNode document = new YAMLMapper().readTree(contract.toFile());
        components = document.get("components").deepCopy();
        components.get("schemas").forEach(StrictContract::closeObjects);
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                routes.add(new Route(method.getKey().toUpperCase(), regex(path.getKey()), path.getKey(),
                        method.getValue()))));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String method = chain.request().method();
        String path = chain.request().url().encodedPath();
        Route route = routes.stream().filter(r -> r.method().equals(method) && r.path().matcher(path).matches())
                .max((a, b) -> Integer.compare(literal(a.template()), literal(b.template())))
                .orElseThrow(() -> new AssertionError(method + " " + path + " is not in the contract"));
        JsonNode documented = route.operation().path("responses").path(Integer.toString(response.code()));
        if (documented.isMissingNode()) {
            throw new AssertionError(route.operation().path("operationId").asText() + " answered " + response.code()
                    + ", which the contract does not list");
        }
        MediaType type = response.body() == null ? null : response.body().contentType();
        if (type == null || !type.subtype().endsWith("json") || response.code() == 304) {
            return response;
        }
        String mediaType = type.type() + "/" + type.subtype();
        JsonNode schema = documented.path("content").path(mediaType).path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(route.operation().path("operationId").asText() + " answered " + response.code()
                    + " with " + mediaType + ", which the contract does not list");
        }
        String body = response.body().string();
        String key = route.template() + " " + method + " " + response.code() + " " + mediaType;
        Set<ValidationMessage> violations = compiled.computeIfAbsent(key, k -> compile(schema))
                .validate(JSON.readTree(body));
        if (!violations.isEmpty()) {
            throw new AssertionError(route.operation().path("operationId").asText() + " (" + response.code()
                    + ") broke the contract:\n  " + violations.stream().map(ValidationMessage::getMessage)
                    .sorted().limit(20).collect(Collectors.joining("\n  ")) + "\nin " + abbreviated(body));
        }
        return response.newBuilder().body(ResponseBody.create(body, type)).build();
    }

    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", components);
        root.set("allOf", JSON.createArrayNode().add(closeObjects(schema.deepCopy())));
        return SCHEMAS.getSchema(root);
    }

    /** An object schema that names its properties and says nothing of others admits no others. */
    private static JsonNode closeObjects(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                closeObjects(children.next());
            }
        } else if (schema != null && schema.isArray()) {
            schema.forEach(StrictContract::closeObjects);
        }
        return schema;
    }

    private static Pattern regex(String template) {
        return Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    private static int literal(String template) {
        return template.replaceAll("\\{[^}]+}", "").length();
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
