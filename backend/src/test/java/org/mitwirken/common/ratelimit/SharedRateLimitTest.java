package org.mitwirken.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Rate limit counters shared by all backend instances")
class SharedRateLimitTest {
    private static final int ALLOWED = 5;

    @Inject
    AgroalDataSource dataSource;

    /** One instant for all instances of a test, so no test straddles the end of a window. */
    private final Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    @Test
    @DisplayName("a client that spent its budget on one instance is refused by an instance that never saw it")
    void budgetSpentElsewhereIsHonoured() {
        String client = uniqueClient();
        AnonymousWriteLimiter first = anInstance();
        for (int i = 0; i < ALLOWED; i++) {
            first.countWrite(client);
        }
        first.sync();

        assertThrows(AnonymousWriteLimiter.RateLimited.class, () -> anInstance().countWrite(client));
    }

    @Test
    @DisplayName("writes counted on two instances add up at their next syncs")
    void countsOfInstancesAddUp() {
        String client = uniqueClient();
        AnonymousWriteLimiter first = anInstance();
        AnonymousWriteLimiter second = anInstance();
        first.countWrite(client);
        second.countWrite(client);
        for (int i = 2; i < ALLOWED; i++) {
            first.countWrite(client);
        }
        first.sync();
        second.sync();
        first.sync();

        assertThrows(AnonymousWriteLimiter.RateLimited.class, () -> second.countWrite(client));
        assertThrows(AnonymousWriteLimiter.RateLimited.class, () -> first.countWrite(client));
        assertDoesNotThrow(() -> first.countWrite(uniqueClient()), "other clients keep their own budget");
    }

    private AnonymousWriteLimiter anInstance() {
        AnonymousWriteLimiter limiter = new AnonymousWriteLimiter();
        limiter.dataSource = dataSource;
        limiter.secret = "test-secret";
        limiter.allowed = ALLOWED;
        limiter.window = Duration.ofMinutes(10);
        limiter.clock = clock;
        return limiter;
    }

    private static String uniqueClient() {
        return "2001:db8:5::" + Long.toHexString(System.nanoTime() & 0xffff);
    }
}
