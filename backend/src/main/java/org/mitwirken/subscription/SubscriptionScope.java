package org.mitwirken.subscription;

/** What one can follow by e-mail. */
public enum SubscriptionScope {
    PROCESS,
    FORMAT,
    FIELD_OF_ACTION,
    DISTRICT
}
