package org.mitwirken.common.http;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one rule for {@code Cache-Control} (docs/security.md, V8.1), applied to every answer of the API after the
 * resources and {@link ConditionalGetFilter} have spoken:
 * <ol>
 * <li>problems (4xx, 5xx) and answers to writes: {@code no-store};</li>
 * <li>reads that need a login (staff, one's own data) and {@link PersonalAnswer} reads of a caller with a token:
 * {@code no-store};</li>
 * <li>other reads by a caller with a login or device token: {@code private, no-cache};</li>
 * <li>all other reads: {@code public, no-cache} (revalidated by ETag, so a withdrawn item is gone at once).</li>
 * </ol>
 */
public class CachePolicy {
    public static final String NO_STORE = "no-store";
    public static final String PRIVATE = "private, no-cache";
    public static final String PUBLIC = "public, no-cache";
    static final String DEVICE_TOKEN = "X-Ballot-Token";

    @Inject
    CurrentIdentityAssociation identities;

    /** Lowest priority: response filters run by descending priority, so this one speaks last. */
    @ServerResponseFilter(priority = 1)
    public void apply(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (response.getStatus() >= 400 || !read || method == null || needsLogin(method)) {
            set(response, NO_STORE);
        } else if (identified(request)) {
            set(response, method.isAnnotationPresent(PersonalAnswer.class) ? NO_STORE : PRIVATE);
        } else {
            set(response, PUBLIC);
        }
    }

    /**
     * A token header identifies the caller. Without one a caller is anonymous, unless an identity was established
     * otherwise (tests); answers given on the event loop are cache hits, which are for anonymous callers only.
     */
    private boolean identified(ContainerRequestContext request) {
        if (request.getHeaderString(DEVICE_TOKEN) != null || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        return BlockingOperationControl.isBlockingAllowed() && !identities.getIdentity().isAnonymous();
    }

    private static void set(ContainerResponseContext response, String value) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, value);
        if (!NO_STORE.equals(value) && !response.getHeaders().containsKey(HttpHeaders.VARY)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
    }

    private static boolean needsLogin(Method method) {
        return SecuredRoutes.requirement(method).isPresent();
    }
}
