package org.mitwirken.common.participation;

/** What citizens can comment on. */
public enum CommentTargetType {
    FORMAT,
    FIELD_OF_ACTION,
    GOAL,
    INTERVIEW_NOTE,
    MAP_CONTRIBUTION
}
