package org.mitwirken.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.integrity.ParticipationMarks;

/**
 * Keeps the accounts here in step with the identity provider, on one instance at a time (a PostgreSQL advisory lock):
 * login names stored before accounts were known by subject are carried over to their account's subject, or erased when
 * the realm no longer knows the name; and the data of every subject whose login was deleted in Keycloak (by its
 * holder in the account console, or by an admin) is erased as {@code DELETE /me/data} erases it.
 */
@ApplicationScoped
public class AccountSync {
    private static final Logger LOG = Logger.getLogger(AccountSync.class);
    /** The advisory lock key: "account sync" in ASCII. */
    private static final long LOCK = 0x6163636f756e7473L;

    @Inject
    AccountDirectory directory;

    @Inject
    AccountReferences references;

    @Inject
    AccountService accounts;

    @Inject
    Instance<ParticipationMarks> marks;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "mitwirken.accounts.deleted-login-contributions")
    ErasureMode deletedLoginContributions;

    private boolean reachable = true;

    @Scheduled(every = "${mitwirken.accounts.sync-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sync();
    }

    /** One round of both; false when another instance is at it or the directory could not answer. */
    public boolean sync() {
        try (Connection connection = dataSource.getConnection()) {
            if (!advisoryLock(connection, "pg_try_advisory_lock")) {
                return false;
            }
            try {
                carryOverLegacyLogins();
                eraseDeletedLogins();
                reachable = true;
                return true;
            } catch (AccountDirectory.Unavailable e) {
                if (reachable) {
                    LOG.warnf("Accounts not compared with Keycloak, retrying at the next sync: %s", e.getMessage());
                }
                reachable = false;
                return false;
            } finally {
                advisoryLock(connection, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            LOG.debugf("Account sync skipped: %s", e.getMessage());
            return false;
        }
    }

    private void carryOverLegacyLogins() {
        for (String name : references.legacyNames()) {
            Optional<String> subject = directory.subjectOf(name);
            if (subject.isPresent()) {
                QuarkusTransaction.requiringNew().run(() -> {
                    references.carryOver(name, subject.get());
                    marks.forEach(feature -> feature.carryOverLegacy(name, subject.get()));
                });
                LOG.infof("Carried the data of a login name over to its account's subject");
            } else {
                accounts.erase(AccountReferences.legacyAccount(name), deletedLoginContributions);
                LOG.infof("Erased the data of a login name the realm no longer knows");
            }
        }
    }

    private void eraseDeletedLogins() {
        Set<String> stored = references.subjects();
        if (stored.isEmpty()) {
            return;
        }
        Set<String> gone = new TreeSet<>(stored);
        gone.removeAll(directory.allSubjects());
        for (String subject : gone) {
            // A second, single question, so that a listing that missed an account never erases it.
            if (!directory.exists(subject)) {
                accounts.erase(subject, deletedLoginContributions);
                LOG.infof("Erased the data of an account whose login was deleted");
            }
        }
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select " + function + "(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
