package org.mitwirken.outbox;

import org.mitwirken.common.problem.ProblemCode;

/** What can stop staff from acting on a delivery. */
enum OutboxCode implements ProblemCode {
    /** The delivery {@code delivery} has been delivered or is being sent now. */
    DELIVERY_UNDER_WAY
}
