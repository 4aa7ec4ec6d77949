package org.mitwirken.survey;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with a survey as an admin builds it, or with a response. */
enum SurveyCode implements ProblemCode {
    /** {@code title} has responses: export them, then close it rather than delete it. */
    SURVEY_HAS_RESPONSES,
    /** The results of {@code title} are published when it closes ({@code closesAt}); also the refined type. */
    RESULTS_NOT_PUBLIC_YET,
    /** A one-per-account survey that has closed cannot open again: who answered it is no longer kept. */
    CLOSED_FOR_GOOD,
    /** Cannot change once responses exist. */
    FIXED_ONCE_ANSWERED,
    /** An option or question ({@code value}) that has answers cannot be removed. */
    ANSWERED_CANNOT_GO,
    /** A question added after responses came in must be optional. */
    ADDED_MUST_BE_OPTIONAL,
    /** A free text's longest answer cannot shrink once responses exist. */
    CANNOT_SHRINK,
    /** The setting does not apply to questions of type {@code type}. */
    NOT_FOR_TYPE,
    /** Not the slug of a single-choice question of this survey. */
    NOT_SINGLE_CHOICE,
    /** An answer to {@code value}, which is not a question of this survey. */
    NOT_A_QUESTION,
    /** No option was chosen. */
    CHOOSE_AN_OPTION,
    /** {@code value} is not an option of this question. */
    NOT_AN_OPTION,
    /** A ranking must rank all {@code count} items, most important first. */
    RANK_ALL
}
