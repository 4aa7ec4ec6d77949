package org.mitwirken.interview;

/** What a finding of an interview is: a strength to build on, a problem, or a concrete idea. */
public enum FindingType {
    POTENTIAL,
    CHALLENGE,
    PROJECT_IDEA
}
