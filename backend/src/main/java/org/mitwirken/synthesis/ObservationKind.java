package org.mitwirken.synthesis;

public enum ObservationKind {
    /** A stop of a district walk, at a place. */
    WALK_STOP,
    /** A flip chart of a workshop, with the dots participants gave it. */
    FLIPCHART
}
