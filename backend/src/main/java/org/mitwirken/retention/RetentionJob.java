package org.mitwirken.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class RetentionJob {

    @Inject
    RetentionService retention;

    /** Skipped while a run is still going, so two instances or a slow run never overlap in one JVM. */
    @Scheduled(every = "${mitwirken.retention.check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        retention.retireDue();
    }
}
