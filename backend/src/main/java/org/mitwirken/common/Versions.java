package org.mitwirken.common;

import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;

/** Optimistic locking for updates: the client says which version it edited; a stale one is a conflict. */
public final class Versions {

    private Versions() {
    }

    public static void requireCurrent(Long requested, long current, String what) {
        if (requested == null) {
            throw ValidationProblem.of("version", "must be given when updating");
        }
        if (requested != current) {
            throw ProblemException.conflict(what + " has version " + current + ", the request was based on version "
                    + requested + ".");
        }
    }
}
