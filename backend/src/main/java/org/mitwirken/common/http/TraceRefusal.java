package org.mitwirken.common.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** TRACE echoes requests back (cross-site tracing); no route of this app, health and metrics included, serves it. */
@ApplicationScoped
public class TraceRefusal {

    void refuseTrace(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).method(HttpMethod.TRACE)
                .handler(context -> context.response().setStatusCode(405).end());
    }
}
