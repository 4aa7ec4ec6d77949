package org.mitwirken.common.search;

public enum SearchHitType {
    FORMAT,
    DOCUMENT,
    FIELD_OF_ACTION,
    GOAL,
    INTERVIEW_NOTE
}
