package org.mitwirken.common.problem;

/**
 * Codes that any part of the API may use: the violations Bean Validation's constraints stand for, the shapes of
 * JSON that cannot be read, and the details of problems the plumbing raises. Feature-specific codes live beside
 * their features.
 */
public enum GeneralCode implements ProblemCode {
    // Violations (ValidationMessages)
    /** Missing, null or blank. */
    REQUIRED,
    /** A text shorter than {@code min} characters. */
    TOO_SHORT,
    /** A text longer than {@code max} characters. */
    TOO_LONG,
    /** A list with fewer than {@code min} entries. */
    TOO_FEW,
    /** A list with more than {@code max} entries. */
    TOO_MANY,
    /** A number below {@code min}. */
    TOO_SMALL,
    /** A number above {@code max}. */
    TOO_LARGE,
    /** Not one of {@code allowed}. */
    ONE_OF,
    /** Not a whole number from {@code min} to {@code max}. */
    WHOLE_NUMBER,
    /** Not lower-case letters and digits in groups joined by single hyphens. */
    SLUG,
    /** Holds control characters or code points that are unassigned or for private use. */
    UNPRINTABLE,
    /** A field the operation does not take; {@code accepted} lists those it takes. */
    UNKNOWN_FIELD,
    /** {@code value} cannot be read as {@code expected}. */
    WRONG_FORMAT,
    /** A JSON value of the wrong kind where {@code expected} was. */
    WRONG_TYPE,
    NUL_CHARACTER,
    /** The same entry twice ({@code value}, where known). */
    DUPLICATE,
    /** Nothing (published) has the key {@code value}. */
    UNKNOWN,
    /** An end earlier than its start. */
    END_BEFORE_START,
    /** An end that is not later than its start. */
    NOT_AFTER_START,
    /** An update without the version it was based on. */
    VERSION_REQUIRED,
    /** A constraint without a code of its own; the message says what it asks. */
    INVALID,

    // Details (ProblemMessages)
    /** Nothing has the key {@code key}, or the caller may not see it. */
    NO_SUCH_ITEM,
    /** Someone else changed the item since it was read. */
    CHANGED_MEANWHILE,
    /** The item has version {@code current}, the request was based on {@code sent}. */
    STALE_VERSION,
    /** Another item has this slug ({@code slug}, where known). */
    SLUG_TAKEN,
    /** Other items still refer to this one. */
    STILL_REFERENCED,
    /** {@code title} takes input from {@code opensAt} until {@code closesAt} only. */
    OPEN_BETWEEN,
    /** The body is larger than {@code maxBytes}. */
    BODY_TOO_LARGE,
    /** The login service cannot be reached; reading and anonymous participation still work. */
    LOGIN_SERVICE_UNREACHABLE,
    /** Too many writes without login from this connection; wait {@code retryAfter} seconds or log in. */
    TOO_MANY_WRITES,
    /** The client has {@code max} live streams open already. */
    TOO_MANY_STREAMS,
    /** The app has made its {@code limit} requests of the window; wait {@code retryAfter} seconds. */
    APP_ALLOWANCE_USED
}
