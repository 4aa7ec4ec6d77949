package org.mitwirken.integrity;

/** By which right a contribution was let in: anyone within the rate limit, an account once, or a printed code. */
public enum Admission {
    ANONYMOUS,
    ACCOUNT,
    CODE
}
