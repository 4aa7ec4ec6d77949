package org.mitwirken.common.http;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the bytes of public catalogue answers per catalogue version ({@link CatalogueVersion}), so a change made on
 * any instance is seen by every instance as soon as PostgreSQL announces it; no instance holds state another would
 * need. A hit answers without a query, and with 304 when the client holds the bytes already.
 */
@ApplicationScoped
public class CatalogueCache {
    private static final int MAX_ENTRIES = 1000;
    private static final String VERSION_PROPERTY = CatalogueCache.class.getName() + ".version";

    record Entry(long version, byte[] body, EntityTag etag, MediaType type) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    CatalogueVersion catalogue;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response answerFromCache(ContainerRequestContext request, ResourceInfo resource) throws SQLException {
        if (!cacheable(request, resource)) {
            return null;
        }
        long version = catalogue.current();
        request.setProperty(VERSION_PROPERTY, version);
        Entry entry = entries.get(key(request));
        if (entry == null || entry.version() != version) {
            return null;
        }
        if (ConditionalGetFilter.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            return ConditionalGetFilter.publicHeaders(Response.notModified(entry.etag())).build();
        }
        return ConditionalGetFilter.publicHeaders(Response.ok(entry.body(), entry.type()).tag(entry.etag())).build();
    }

    /**
     * Runs after {@link ConditionalGetFilter} (response filters go by descending priority), which made the bytes; a
     * first request that already held them (304) is remembered too.
     */
    @ServerResponseFilter(priority = 100)
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object version = request.getProperty(VERSION_PROPERTY);
        if (version == null || !(request.getProperty(ConditionalGetFilter.BODY_PROPERTY) instanceof byte[] body)
                || (response.getStatus() != 200 && response.getStatus() != 304)) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(request), new Entry((Long) version, body, ConditionalGetFilter.etagOf(body),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
    }

    /** The URIs answered from the cache, for tests. */
    java.util.Set<String> cachedKeys() {
        return entries.keySet();
    }

    private boolean cacheable(ContainerRequestContext request, ResourceInfo resource) {
        return HttpMethod.GET.equals(request.getMethod()) && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && identity.isAnonymous() && resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(CatalogueCached.class);
    }

    private static String key(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery()
                + "|" + request.getHeaderString(HttpHeaders.ACCEPT);
    }
}
