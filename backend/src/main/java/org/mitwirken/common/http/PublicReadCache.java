package org.mitwirken.common.http;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the bytes of public answers to visitors without a token. A hit answers without a query, and with 304 when
 * the client holds the bytes already.
 * <ul>
 * <li>{@link CatalogueCached} answers are kept per catalogue version ({@link CatalogueVersion}), so a change made on
 * any instance is seen by every instance as soon as PostgreSQL announces it.</li>
 * <li>{@link BrieflyCached} answers are kept for {@code mitwirken.brief-cache} at most and until a transaction on this
 * instance ends.</li>
 * </ul>
 * A client that sends {@code Cache-Control: no-cache} gets an answer made afresh.
 */
@ApplicationScoped
public class PublicReadCache {
    private static final String STAMP_PROPERTY = PublicReadCache.class.getName() + ".stamp";
    private static final String BRIEF_PROPERTY = PublicReadCache.class.getName() + ".brief";
    private static final String CACHED_PROPERTY = PublicReadCache.class.getName() + ".cached";

    private final AtomicLong localTransactions = new AtomicLong();
    private ReadCacheStore entries;

    @Inject
    CatalogueVersion catalogue;

    @Inject
    CurrentIdentityAssociation identities;

    @ConfigProperty(name = "mitwirken.brief-cache")
    Duration briefly;

    /** Even a catalogue answer whose version still holds is made afresh after this long: a safety net. */
    @ConfigProperty(name = "mitwirken.read-cache.max-age")
    Duration maxAge;

    @ConfigProperty(name = "mitwirken.read-cache.max-bytes")
    long maxBytes;

    @PostConstruct
    void createStore() {
        entries = new ReadCacheStore(maxBytes, System::nanoTime);
    }

    void transactionEnded(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        changedHere();
    }

    /** For writes that commit without a JTA transaction: the next reads here answer afresh. */
    public void changedHere() {
        localTransactions.incrementAndGet();
    }

    /**
     * Answers hits on the event loop, before the request is handed to a worker thread: a hit needs neither a query
     * nor a blocking call. When the catalogue version needs a query, {@link #answerAfterLocalChange} decides.
     */
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION - 1)
    public Uni<Response> answerFromCache(ContainerRequestContext request, ResourceInfo resource) {
        Boolean brief = cachedKind(request, resource);
        if (brief == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (!identity.isAnonymous()) {
                return null;
            }
            request.setProperty(CACHED_PROPERTY, ReadCacheKey.of(request, resource.getResourceMethod()));
            if (brief) {
                request.setProperty(BRIEF_PROPERTY, Boolean.TRUE);
                return answer(request, localTransactions.get());
            }
            Long version = catalogue.announcedWithoutQuery();
            return version == null ? null : answer(request, version);
        });
    }

    /** Runs on the worker thread when the catalogue version could not be had without a query. */
    @ServerRequestFilter
    public Response answerAfterLocalChange(ContainerRequestContext request) throws SQLException {
        if (request.getProperty(CACHED_PROPERTY) == null || request.getProperty(STAMP_PROPERTY) != null) {
            return null;
        }
        return answer(request, catalogue.current());
    }

    /** The cached answer valid for this stamp, or null to let the resource answer (and {@link #remember} it). */
    private Response answer(ContainerRequestContext request, long stamp) {
        request.setProperty(STAMP_PROPERTY, stamp);
        ReadCacheStore.Entry entry = entries.valid((String) request.getProperty(CACHED_PROPERTY), stamp);
        if (entry == null) {
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
        Object stamp = request.getProperty(STAMP_PROPERTY);
        if (stamp == null || !(request.getProperty(ConditionalGetFilter.BODY_PROPERTY) instanceof byte[] body)
                || (response.getStatus() != 200 && response.getStatus() != 304)) {
            return;
        }
        long lifetime = request.getProperty(BRIEF_PROPERTY) != null ? briefly.toNanos() : maxAge.toNanos();
        entries.put((String) request.getProperty(CACHED_PROPERTY), new ReadCacheStore.Entry((Long) stamp,
                System.nanoTime() + lifetime, body, ConditionalGetFilter.etagOf(body),
                (MediaType) request.getProperty(ConditionalGetFilter.TYPE_PROPERTY)));
    }

    /** The keys answered from the cache, for tests. */
    java.util.Set<String> cachedKeys() {
        return entries.keys();
    }

    /** The bytes the kept answers take, for tests. */
    long cachedBytes() {
        return entries.bytes();
    }

    /** Whether the request may be answered from the cache: null if not, else whether briefly (or per catalogue). */
    private static Boolean cachedKind(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        boolean brief = method != null && method.isAnnotationPresent(BrieflyCached.class);
        boolean catalogueData = method != null && method.isAnnotationPresent(CatalogueCached.class);
        if (!(brief || catalogueData) || !HttpMethod.GET.equals(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || asksForFreshAnswer(request)) {
            return null;
        }
        return brief;
    }

    /** {@code Cache-Control: no-cache} from the client: answer from the source (RFC 9111, 5.2.1.4). */
    private static boolean asksForFreshAnswer(ContainerRequestContext request) {
        String cacheControl = request.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }
}
