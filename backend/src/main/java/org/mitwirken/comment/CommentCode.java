package org.mitwirken.comment;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with a comment. */
enum CommentCode implements ProblemCode {
    /** The item takes no comments. */
    COMMENTS_CLOSED,
    /** A reply to a comment that is already {@code max} levels deep. */
    REPLY_TOO_DEEP,
    /** Its author supporting their own comment. */
    OWN_COMMENT_SUPPORT,
    /** Its author reporting their own comment. */
    OWN_COMMENT_REPORT
}
