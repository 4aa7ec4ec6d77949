package org.mitwirken.common;

import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** One clock to inject, so time-dependent code takes its "now" from a place tests can replace (QuarkusMock). */
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
