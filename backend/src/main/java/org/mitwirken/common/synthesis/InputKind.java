package org.mitwirken.common.synthesis;

/** The kinds of citizens' and stakeholders' input that planners link to fields of action and respond to. */
public enum InputKind {
    COMMENT,
    MAP_CONTRIBUTION,
    SURVEY_ANSWER,
    INTERVIEW_FINDING,
    OBSERVATION
}
