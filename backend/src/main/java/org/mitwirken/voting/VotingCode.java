package org.mitwirken.voting;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with a voting round as staff set it up, or with a ballot. */
enum VotingCode implements ProblemCode {
    /** Not one of this round's items. */
    NOT_AN_ITEM,
    /** More than {@code max} dots on one item. */
    DOTS_PER_ITEM,
    /** {@code given} dots where the budget is {@code budget}. */
    OVER_BUDGET
}
