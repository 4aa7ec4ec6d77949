package org.mitwirken.format;

/** Who may take part: everyone, invited stakeholders, or the administration only. */
public enum Audience {
    PUBLIC,
    INVITED,
    INTERNAL
}
