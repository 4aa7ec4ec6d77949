package org.mitwirken.map;

/** How the place was given: a point on the map, a named place from the list, or a whole district. */
public enum LocationSource {
    MAP,
    PLACE,
    DISTRICT
}
