package org.mitwirken.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Database unavailability as a problem")
class DatabaseUnavailableProblemTest {
    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    @DisplayName("a commit that failed because the server shut down is a 503, also when the reason is only suppressed")
    void failedCommitDuringShutdown() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        assertEquals(503, mapper.toProblem(new RuntimeException("Error invoking subclass method", commit), "/x", Locale.ENGLISH)
                .status());
    }

    @Test
    @DisplayName("a statement cancelled by the time budget and a lost connection are 503s")
    void timeoutAndLostConnection() {
        assertEquals(503, mapper.toProblem(new SQLException("canceling statement", "57014"), "/x", Locale.ENGLISH).status());
        assertEquals(503, mapper.toProblem(new SQLException("connection refused", "08001"), "/x", Locale.ENGLISH).status());
    }

    @Test
    @DisplayName("other database errors stay server errors")
    void otherErrors() {
        assertEquals(500, mapper.toProblem(new SQLException("syntax error", "42601"), "/x", Locale.ENGLISH).status());
    }
}
