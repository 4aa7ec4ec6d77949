package org.mitwirken.common.geo;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with a place or with GeoJSON a client sends. */
public enum GeoCode implements ProblemCode {
    /** A point outside the city's rectangle {@code west}, {@code south}, {@code east}, {@code north}. */
    OUTSIDE_CITY,
    /** Not a JSON array where GeoJSON needs one. */
    NOT_AN_ARRAY,
    /** A linear ring with fewer than four positions or one that does not end where it starts. */
    RING_NOT_CLOSED,
    /** Not {@code [longitude, latitude]}. */
    NOT_A_POSITION,
    /** A position outside -180..180 and -90..90. */
    POSITION_OUT_OF_RANGE
}
