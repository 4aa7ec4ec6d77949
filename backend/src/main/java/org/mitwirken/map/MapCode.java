package org.mitwirken.map;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with a map contribution or a map query. */
public enum MapCode implements ProblemCode {
    /** Exactly one of location, place or district says where a contribution is. */
    ONE_PLACE_NEEDED,
    /** Not west,south,east,north in degrees ({@code message = "{bbox}"}). */
    BBOX
}
