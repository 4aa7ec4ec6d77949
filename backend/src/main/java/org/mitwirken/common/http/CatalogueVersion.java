package org.mitwirken.common.http;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.transaction.TransactionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The catalogue version as PostgreSQL announces it (LISTEN catalogue_changed), so a cache hit needs no query. While
 * the listening connection is down (database restarting), every caller reads the version from the table instead;
 * after reconnecting the version is read afresh, so no change is missed. A connection can die without an error (a
 * dropped network path): the listener reads the version on it every heartbeat, and an announcement not confirmed
 * within three heartbeats is not trusted.
 */
@ApplicationScoped
public class CatalogueVersion {
    private static final Logger LOG = Logger.getLogger(CatalogueVersion.class);
    private static final String SELECT = "select version from catalogue_version where id = 1";
    private static final int WAIT_MILLIS = 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest httpRequest;

    @ConfigProperty(name = "mitwirken.catalogue.heartbeat")
    Duration heartbeat;

    @ConfigProperty(name = "mitwirken.read-cache.max-age")
    Duration maxAge;

    private volatile long confirmedAtNanos;

    private volatile long announced;
    private volatile boolean listening;
    /** Set when a transaction of this instance ended: it may have changed the catalogue before the announcement. */
    private volatile boolean localCommit;
    private volatile boolean running = true;
    private Thread listener;

    void start(@Observes StartupEvent startup) {
        listener = new Thread(this::listen, "catalogue-version");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        listener.interrupt();
    }

    /**
     * Read-your-writes on this instance: after its own transactions, the next caller reads the table once. Callers
     * without login can only take part (comments, places, ballots, answers), which never changes the catalogue, so
     * their commits do not make the next reader pay for a query.
     */
    void transactionEnded(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        boolean anonymousHttpCall = Arc.container().requestContext().isActive()
                && httpRequest.getCurrent() != null && identity.isAnonymous();
        if (!anonymousHttpCall) {
            localCommit = true;
        }
    }

    /** A memo of values loaded from the catalogue, valid as long as this version holds. */
    public <K, V> CatalogueMemo<K, V> memo(Function<K, V> load) {
        return new CatalogueMemo<>(this, load, maxAge);
    }

    /** The announced version when no query is needed to trust it (see {@link #current()}), otherwise null. */
    public Long announcedWithoutQuery() {
        boolean confirmed = System.nanoTime() - confirmedAtNanos < 3 * heartbeat.toNanos();
        return listening && confirmed && !localCommit ? announced : null;
    }

    /** The current version: as announced while listening, otherwise (and after a local commit) read from the table. */
    public long current() throws SQLException {
        Long trusted = announcedWithoutQuery();
        if (trusted != null) {
            return trusted;
        }
        localCommit = false;
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setNetworkTimeout(Runnable::run, (int) heartbeat.multipliedBy(2).toMillis());
                statement.execute("listen catalogue_changed");
                connection.setAutoCommit(true);
                confirm(connection);
                listening = true;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long nextBeat = System.nanoTime() + heartbeat.toNanos();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0 || System.nanoTime() - nextBeat > 0) {
                        confirm(connection);
                        nextBeat = System.nanoTime() + heartbeat.toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.debugf("Catalogue notifications interrupted (%s); reading the version per request", e.getMessage());
                    pause();
                }
            } finally {
                listening = false;
            }
        }
    }

    /** Reads the version on the listening connection, which proves the connection alive. */
    private void confirm(Connection connection) throws SQLException {
        announced = read(connection);
        confirmedAtNanos = System.nanoTime();
    }

    private static long read(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement(SELECT); var result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
