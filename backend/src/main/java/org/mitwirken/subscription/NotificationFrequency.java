package org.mitwirken.subscription;

/** How often an account holder hears: each piece of news at once, or collected in a daily or weekly digest. */
public enum NotificationFrequency {
    IMMEDIATE, DAILY, WEEKLY
}
