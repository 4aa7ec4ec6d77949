package org.mitwirken.registration;

/** Whether a registration holds a seat or waits for one. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING
}
