package org.mitwirken.survey;

public enum FreeTextState {
    PENDING,
    PUBLISHED,
    HIDDEN
}
