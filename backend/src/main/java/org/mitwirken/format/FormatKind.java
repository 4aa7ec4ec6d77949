package org.mitwirken.format;

/** The kinds of participation formats a process runs. */
public enum FormatKind {
    STAKEHOLDER_INTERVIEWS,
    ONLINE_SURVEY,
    STAKEHOLDER_WORKSHOP,
    DISTRICT_WALK,
    FUTURE_WORKSHOP,
    PUBLIC_DIALOGUE,
    OTHER
}
