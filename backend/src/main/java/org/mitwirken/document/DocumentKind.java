package org.mitwirken.document;

/** What a downloadable document is, as the city's pages name them. */
public enum DocumentKind {
    PRESENTATION,
    DOCUMENTATION,
    SUMMARY,
    MINUTES,
    OTHER
}
