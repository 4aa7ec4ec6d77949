package org.mitwirken.integrity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Keeps the integrity tables of every feature as the rules say: marks end with their scope, codes are keyed. */
@ApplicationScoped
public class IntegrityUpkeep {
    private static final Logger LOG = Logger.getLogger(IntegrityUpkeep.class);

    @Inject
    Instance<ParticipationMarks> marks;

    @Inject
    Instance<ParticipationCodes> codes;

    /** Codes stored as plain SHA-256 before they were keyed match nothing until they are keyed here, once. */
    void keyLegacyCodes(@Observes StartupEvent started) {
        codes.forEach(feature -> {
            int keyed = feature.keyLegacyHashes();
            if (keyed > 0) {
                LOG.infof("Keyed %d participation codes stored before codes were keyed", keyed);
            }
        });
    }

    @Scheduled(every = "${mitwirken.integrity.marks-check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dropMarksOfClosedScopes() {
        marks.forEach(feature -> QuarkusTransaction.requiringNew().run(feature::dropClosed));
    }
}
