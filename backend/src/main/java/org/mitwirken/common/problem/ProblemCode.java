package org.mitwirken.common.problem;

import java.util.Locale;

/**
 * A stable machine name for what a problem, or one invalid field of it, says: clients render their own words from
 * it and its arguments, and the server says it in the caller's language from its bundles (violations in
 * {@code ValidationMessages}, details in {@code ProblemMessages}). Implemented by enums, whose constant names give
 * the code: {@code TOO_LONG} is {@code too-long}. A code never changes meaning; a new meaning gets a new code.
 */
public interface ProblemCode {

    /** The enum constant's name. */
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
