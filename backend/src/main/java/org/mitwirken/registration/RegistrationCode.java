package org.mitwirken.registration;

import org.mitwirken.common.problem.ProblemCode;

/** What can stand in the way of registering for an event or cancelling a registration. */
enum RegistrationCode implements ProblemCode {
    /** The format takes no registrations now: none offered, closed by staff, or past the deadline. */
    REGISTRATION_CLOSED,
    /** Every seat is taken and there is no place left on the waiting list (or no waiting list). */
    EVENT_FULL,
    /** A cancellation link this server did not make. */
    CANCELLATION_LINK_INVALID
}
