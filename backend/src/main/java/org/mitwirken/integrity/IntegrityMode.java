package org.mitwirken.integrity;

/** Who may answer, and how often. */
public enum IntegrityMode {
    /** Anyone, rate-limited per client. */
    OPEN,
    /** Logged-in accounts, once each. */
    ONE_PER_ACCOUNT,
    /** Holders of a single-use code handed out at walks and events. */
    PARTICIPATION_CODE
}
