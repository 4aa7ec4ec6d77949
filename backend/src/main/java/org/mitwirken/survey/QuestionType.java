package org.mitwirken.survey;

public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SCALE,
    FREE_TEXT,
    RANKING,
    /** A map point with a category chosen from the options. */
    LOCATION;

    boolean hasOptions() {
        return this != SCALE && this != FREE_TEXT;
    }
}
