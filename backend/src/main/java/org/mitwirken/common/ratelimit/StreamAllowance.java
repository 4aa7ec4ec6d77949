package org.mitwirken.common.ratelimit;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.problem.GeneralCode;

/**
 * At most {@code mitwirken.live.streams-per-client} open streams per client on this instance: a stream holds a
 * connection for an hour, so one client must not hold them all. Clients are told apart as the write limit does (IPv6
 * by /64), by a keyed hash kept in memory only while a stream is open.
 */
@ApplicationScoped
public class StreamAllowance {
    private static final long RETRY_AFTER_SECONDS = 30;

    @Inject
    RoutingContext routing;

    @ConfigProperty(name = "mitwirken.rate-limit.secret")
    String secret;

    @ConfigProperty(name = "mitwirken.live.streams-per-client")
    int perClient;

    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    /** Takes one stream for the calling client, or refuses it with 429; run the returned action when it ends. */
    public Runnable open() {
        String client = Hashes.sha256Hex(secret + "|streams|"
                + AnonymousWrites.client(routing.request().remoteAddress().hostAddress()));
        int count = open.merge(client, 1, Integer::sum);
        if (count > perClient) {
            close(client);
            throw new AnonymousWriteLimiter.RateLimited(RETRY_AFTER_SECONDS, GeneralCode.TOO_MANY_STREAMS,
                    Map.of("max", perClient));
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                close(client);
            }
        };
    }

    private void close(String client) {
        open.computeIfPresent(client, (key, count) -> count > 1 ? count - 1 : null);
    }
}
