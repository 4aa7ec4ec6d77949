package org.mitwirken.common.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Values for a schema, valid in shape or bent on purpose, drawn from a seeded random source. */
final class Inputs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXTS = List.of("Radweg am Stiftsplatz", "Ärger über Straßen 🚲",
            "<script>alert(1)</script><b>fett</b>", "مرحبا بالجميع", "Zeile eins\nZeile zwei", "kaiserslautern");
    private static final List<String> BENT_TEXTS = List.of("", " ", "\u0000", "x".repeat(70_000), "%00", "../../etc",
            "'; drop table comment; --", "\uD83D", "null");
    private static final List<Object> BENT_NUMBERS = List.of(-1, 0, Integer.MAX_VALUE, Long.MAX_VALUE, 1e308, -1e308,
            "zwölf", true);
    private static final int MAX_DEPTH = 5;

    private final OpenAPI spec;
    private final Random random;

    Inputs(OpenAPI spec, Random random) {
        this.spec = spec;
        this.random = random;
    }

    /**
     * A path, query or header value. Kept under 1,000 characters: longer request lines and headers are refused by the
     * HTTP layer (414, 431) before any operation is chosen, as docs/api.md says.
     */
    String parameter(Parameter parameter, boolean bent) {
        Object value = value(parameter.getSchema(), 0, bent);
        if (value instanceof String text && text.length() > 1000) {
            value = text.substring(0, 1000);
        }
        if (value instanceof Map<?, ?> map) {
            value = map.keySet(); // braces would read as a path template to the HTTP client
        }
        return value == null ? "" : value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf)
                .toList()) : String.valueOf(value);
    }

    String body(Schema<?> schema, boolean bent) {
        try {
            return JSON.writeValueAsString(value(schema, 0, bent));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(boolean bent) {
        return pick(bent ? BENT_TEXTS : TEXTS);
    }

    private Object value(Schema<?> schema, int depth, boolean bent) {
        schema = resolved(schema);
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (bent && random.nextInt(6) == 0) {
            return random.nextBoolean() ? null : pick(List.of("unerwartet", 42, List.of(), Map.of("x", 1)));
        }
        List<Schema> alternatives = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
        if (alternatives != null) {
            List<Schema> concrete = alternatives.stream().filter(s -> !"null".equals(type(resolved(s)))).toList();
            return concrete.isEmpty() ? null : value(concrete.get(random.nextInt(concrete.size())), depth + 1, bent);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return bent && random.nextBoolean() ? "GIBT_ES_NICHT" : pick(new ArrayList<>(schema.getEnum()));
        }
        return switch (String.valueOf(type(schema))) {
            case "object" -> object(schema, depth, bent);
            case "array" -> array(schema, depth, bent);
            case "integer" -> bent ? pick(BENT_NUMBERS) : integer(schema);
            case "number" -> bent ? pick(BENT_NUMBERS) : random.nextDouble() * 180 - 90;
            case "boolean" -> random.nextBoolean();
            case "string" -> string(schema, bent);
            default -> null;
        };
    }

    private Map<String, Object> object(Schema<?> schema, int depth, boolean bent) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                boolean dropped = bent && required.contains(name) && random.nextInt(4) == 0;
                if (!dropped && (required.contains(name) || random.nextBoolean())) {
                    object.put(name, value(property, depth + 1, bent));
                }
            });
        }
        if (bent && random.nextInt(4) == 0) {
            object.put("unbekanntesFeld", "?");
        }
        return object;
    }

    private List<Object> array(Schema<?> schema, int depth, boolean bent) {
        List<Object> items = new ArrayList<>();
        int size = bent && random.nextInt(5) == 0 ? 200 : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            items.add(value(schema.getItems(), depth + 1, bent));
        }
        return items;
    }

    private Object integer(Schema<?> schema) {
        long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
        long max = schema.getMaximum() == null ? min + 100 : Math.min(schema.getMaximum().longValue(), min + 1000);
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private String string(Schema<?> schema, boolean bent) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "uuid" -> bent && random.nextBoolean() ? "keine-uuid" : UUID.randomUUID().toString();
            case "date" -> bent && random.nextBoolean() ? "13.11.2024" : LocalDate.of(2024, 1, 1)
                    .plusDays(random.nextInt(900)).toString();
            case "date-time" -> bent && random.nextBoolean() ? "gestern" : Instant.ofEpochSecond(1_700_000_000L
                    + random.nextInt(90_000_000)).toString();
            default -> {
                String text = text(bent);
                Integer max = schema.getMaxLength();
                yield !bent && max != null && text.length() > max ? text.substring(0, max) : text;
            }
        };
    }

    private Schema<?> resolved(Schema<?> schema) {
        while (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            schema = spec.getComponents().getSchemas().get(name);
        }
        return schema;
    }

    /** The schema's type; of a nullable one (3.1: a set of types) the one that is not null. */
    private static String type(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        Set<String> types = schema.getTypes();
        if (types == null || types.isEmpty()) {
            return schema.getProperties() != null ? "object" : null;
        }
        return types.stream().filter(type -> !"null".equals(type)).findFirst().orElse("null");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
