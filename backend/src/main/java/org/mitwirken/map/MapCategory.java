package org.mitwirken.map;

public enum MapCategory {
    FAVOURITE_PLACE,
    NEEDS_IMPROVEMENT,
    IDEA
}
