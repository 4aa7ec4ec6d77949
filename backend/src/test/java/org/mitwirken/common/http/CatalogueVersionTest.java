package org.mitwirken.common.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Catalogue version")
class CatalogueVersionTest {

    @Inject
    CatalogueVersion catalogue;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "mitwirken.catalogue.heartbeat")
    Duration heartbeat;

    @Test
    @DisplayName("an announcement the listener cannot confirm (its connection hangs) is not trusted, and trust "
            + "returns once the connection answers again")
    void hangingListenerNotTrusted() throws Exception {
        assertNotNull(within(Duration.ofSeconds(10), this::trustedVersion), "the listener confirms the version");

        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            // The listener's heartbeat now waits on the lock, as a read on a dead connection would wait forever.
            blocker.createStatement().execute("lock table catalogue_version in access exclusive mode");
            Thread.sleep(heartbeat.multipliedBy(5).toMillis());
            assertNull(catalogue.announcedWithoutQuery(), "callers read the table instead");
            blocker.rollback();
        }

        assertNotNull(within(Duration.ofSeconds(15), this::trustedVersion), "trusted again after recovery");
    }

    private Long trustedVersion() {
        try {
            catalogue.current();
        } catch (SQLException e) {
            return null;
        }
        return catalogue.announcedWithoutQuery();
    }

    private static <T> T within(Duration time, Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + time.toNanos();
        T value = probe.get();
        while (value == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            value = probe.get();
        }
        return value;
    }
}
