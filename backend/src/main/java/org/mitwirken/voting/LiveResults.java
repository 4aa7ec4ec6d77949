package org.mitwirken.voting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Live results, computed once per round on this instance however many watch: one poller per round looks for a new
 * ballot (or the close) every quarter second and hands the fresh results to every viewer. It stops with the last
 * viewer. A slow viewer gets the latest results, not a backlog.
 */
@ApplicationScoped
public class LiveResults {
    static final Duration POLL = Duration.ofMillis(250);

    @Inject
    VotingService service;

    private record Key(UUID round, boolean includeDrafts) {
    }

    private static final class Feed {
        final List<MultiEmitter<? super ResultsResponse>> viewers = new ArrayList<>();
        Cancellable poller;
        ResultsResponse latest;
        long polls;
    }

    private final Map<Key, Feed> feeds = new HashMap<>();

    /** The results now, then each time they change; a round the caller may not see fails at once (404). */
    Multi<ResultsResponse> follow(UUID round, boolean includeDrafts) {
        ResultsResponse now = service.results(round, includeDrafts);
        Key key = new Key(round, includeDrafts);
        return Multi.createFrom().<ResultsResponse>emitter(viewer -> join(key, viewer, now), BackPressureStrategy.LATEST)
                .skip().repetitions();
    }

    /** How often the pollers have looked so far, and how many run now: for tests. */
    synchronized long[] pollsAndPollers() {
        return new long[] { feeds.values().stream().mapToLong(feed -> feed.polls).sum(), feeds.size() };
    }

    private synchronized void join(Key key, MultiEmitter<? super ResultsResponse> viewer, ResultsResponse now) {
        Feed feed = feeds.computeIfAbsent(key, this::start);
        feed.viewers.add(viewer);
        // What the poller published last is at least as new as anything a viewer may have missed before joining.
        viewer.emit(feed.latest != null ? feed.latest : now);
        viewer.onTermination(() -> leave(key, feed, viewer));
    }

    private Feed start(Key key) {
        Feed feed = new Feed();
        feed.poller = Multi.createFrom().ticks().every(POLL).onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> {
                    counted(feed);
                    return QuarkusTransaction.requiringNew().call(() -> service.resultsFingerprint(key.round()));
                })
                .skip().repetitions()
                .map(fingerprint -> QuarkusTransaction.requiringNew()
                        .call(() -> service.results(key.round(), key.includeDrafts())))
                .subscribe().with(results -> publish(feed, results), failure -> fail(key, feed, failure));
        return feed;
    }

    private synchronized void counted(Feed feed) {
        feed.polls++;
    }

    private synchronized void publish(Feed feed, ResultsResponse results) {
        feed.latest = results;
        List.copyOf(feed.viewers).forEach(viewer -> viewer.emit(results));
    }

    private synchronized void fail(Key key, Feed feed, Throwable failure) {
        feeds.remove(key, feed);
        List.copyOf(feed.viewers).forEach(viewer -> viewer.fail(failure));
    }

    private synchronized void leave(Key key, Feed feed, MultiEmitter<? super ResultsResponse> viewer) {
        feed.viewers.remove(viewer);
        if (feed.viewers.isEmpty()) {
            feed.poller.cancel();
            feeds.remove(key, feed);
        }
    }
}
