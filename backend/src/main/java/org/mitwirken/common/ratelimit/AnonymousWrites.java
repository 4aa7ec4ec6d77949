package org.mitwirken.common.ratelimit;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.mitwirken.common.Viewer;

/** Counts the current request against the anonymous write limit when nobody is logged in. */
@RequestScoped
public class AnonymousWrites {

    @Inject
    Viewer viewer;

    @Inject
    AnonymousWriteLimiter limiter;

    @Inject
    RoutingContext routing;

    public void count() {
        if (viewer.account() == null) {
            countAnyone();
        }
    }

    /** Counts also with a login, where a login does not make guessing harmless (e.g. single-use codes). */
    public void countAnyone() {
        limiter.countWrite(routing.request().remoteAddress().hostAddress());
    }
}
