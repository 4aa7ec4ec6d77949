package org.mitwirken.common;

import java.util.Map;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;

/** Optimistic locking for updates: the client says which version it edited; a stale one is a conflict. */
public final class Versions {

    private Versions() {
    }

    public static void requireCurrent(Long requested, long current) {
        if (requested == null) {
            throw ValidationProblem.of("version", GeneralCode.VERSION_REQUIRED);
        }
        if (requested != current) {
            throw ProblemException.conflict(GeneralCode.STALE_VERSION, Map.of("current", current, "sent", requested));
        }
    }
}
