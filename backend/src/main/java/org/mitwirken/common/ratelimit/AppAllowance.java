package org.mitwirken.common.ratelimit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.ratelimit.AnonymousWriteLimiter.Allowance;
import org.mitwirken.common.ratelimit.AnonymousWriteLimiter.RateLimited;

/**
 * Registered third-party apps (Keycloak clients named in {@code mitwirken.apps.clients}) share an allowance of
 * requests per window, counted across instances by the app's client id (the token's {@code azp}), whichever person
 * the token is for. Their answers carry the allowance in the IETF {@code RateLimit-Policy} and {@code RateLimit}
 * headers; over it, 429 with {@code Retry-After}. The city's own web app is not a registered app: its visitors are
 * limited one by one.
 */
public class AppAllowance {
    static final String POLICY = "RateLimit-Policy";
    static final String REMAINING = "RateLimit";
    private static final String PROPERTY = AppAllowance.class.getName();

    @Inject
    AnonymousWriteLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @ConfigProperty(name = "mitwirken.apps.clients")
    Optional<List<String>> apps;

    @ConfigProperty(name = "mitwirken.apps.requests")
    int requestsPerWindow;

    /** Runs where blocking is allowed; answers given on the event loop are cache hits for anonymous callers. */
    @ServerRequestFilter
    public void count(ContainerRequestContext request) {
        if (apps.isEmpty() || !BlockingOperationControl.isBlockingAllowed()
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String app = identities.getIdentity().getPrincipal() instanceof JsonWebToken token
                && token.getClaim("azp") instanceof String azp ? azp : null;
        if (app == null || !apps.get().contains(app)) {
            return;
        }
        try {
            request.setProperty(PROPERTY, limiter.count(app, "app", requestsPerWindow, this::refused));
        } catch (RateLimited refused) {
            request.setProperty(PROPERTY, new Allowance(requestsPerWindow, 0, refused.retryAfterSeconds(),
                    limiter.windowSeconds()));
            throw refused;
        }
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROPERTY) instanceof Allowance allowance) {
            response.getHeaders().putSingle(POLICY, "\"app\";q=" + allowance.limit() + ";w="
                    + allowance.windowSeconds());
            response.getHeaders().putSingle(REMAINING, "\"app\";r=" + allowance.remaining() + ";t="
                    + allowance.resetSeconds());
        }
    }

    private RateLimited refused(long secondsLeft) {
        return new RateLimited(secondsLeft, GeneralCode.APP_ALLOWANCE_USED,
                Map.of("limit", requestsPerWindow, "retryAfter", secondsLeft));
    }
}
