package org.mitwirken.common.problem;

/** One invalid field of a request: its JSON path (or parameter name) and what is wrong with it. */
public record Violation(String field, String message) {
}
