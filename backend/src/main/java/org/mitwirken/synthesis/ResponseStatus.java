package org.mitwirken.synthesis;

public enum ResponseStatus {
    TAKEN_UP,
    PARTLY,
    NOT_TAKEN_UP,
    UNDER_REVIEW
}
