package org.mitwirken.common.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.QueryTimeoutException;
import org.hibernate.exception.JDBCConnectionException;

/** Failures that mean "the database is away or too slow right now", which clients should retry, not a server bug. */
final class Unavailability {
    /**
     * PostgreSQL states: connection lost (08xxx), statement cancelled by statement_timeout (57014), server shutting
     * down or starting (57P01–57P03).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("57014", "57P01", "57P02", "57P03");

    private Unavailability() {
    }

    static boolean ofDatabase(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof QueryTimeoutException
                || cause instanceof jakarta.persistence.QueryTimeoutException
                || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState());
        }
        return false;
    }
}
