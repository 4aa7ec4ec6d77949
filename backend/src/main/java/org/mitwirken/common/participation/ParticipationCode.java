package org.mitwirken.common.participation;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong when people comment, contribute or moderate, in every feature that lets them. */
public enum ParticipationCode implements ProblemCode {
    /** Hiding or rejecting needs a reason, which the author is shown. */
    REASON_REQUIRED,
    /** Only the author (by login or deletion token) may withdraw a contribution. */
    NOT_THE_AUTHOR,
    /** Without login a pseudonym is needed. */
    PSEUDONYM_REQUIRED,
    /** With a login the account's name is shown; a pseudonym is not taken. */
    PSEUDONYM_WITH_LOGIN,
    /** This item takes contributions from logged-in people only. */
    LOGIN_TO_CONTRIBUTE
}
