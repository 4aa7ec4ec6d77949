package org.mitwirken.comment;

/** PENDING waits for a moderator (pre-moderation); only PUBLISHED comments are public. */
public enum CommentState {
    PENDING,
    PUBLISHED,
    HIDDEN,
    REJECTED
}
