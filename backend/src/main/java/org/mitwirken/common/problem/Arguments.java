package org.mitwirken.common.problem;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The arguments of a code as they are sent: each a number or a text (a list becomes its entries joined by ", ", a
 * time its ISO-8601 text), sorted by name so equal problems read alike; absent values are dropped.
 */
final class Arguments {
    private Arguments() {
    }

    static Map<String, Object> of(Map<String, ?> arguments) {
        Map<String, Object> sorted = new TreeMap<>();
        arguments.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                sorted.put(name, values.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            } else if (value != null) {
                sorted.put(name, value);
            }
        });
        return Collections.unmodifiableMap(sorted);
    }
}
