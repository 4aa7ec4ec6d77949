package org.mitwirken.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;
import org.mitwirken.format.FormatService;
import org.mitwirken.process.ProcessService;

/**
 * Personal data is kept for a configured time after a process is completed, then every feature removes what could
 * lead back to a person: names, accounts, deletion tokens, who supported and who voted.
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    @Inject
    ProcessService processes;

    @Inject
    FormatService formats;

    @Inject
    Instance<PersonalData> features;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mitwirken.retention.after-completion")
    Duration keepFor;

    @ConfigProperty(name = "mitwirken.retention.contributions")
    ErasureMode contributions;

    /** Retires every process whose time is up; returns how many. Each process in a transaction of its own. */
    public int retireDue() {
        List<UUID> due = processes.completedAndNotRetired(clock.instant().minus(keepFor));
        due.forEach(this::retire);
        if (!due.isEmpty()) {
            LOG.infof("Retention: personal data of %d completed process(es) removed", due.size());
        }
        return due.size();
    }

    @Transactional
    void retire(UUID process) {
        Set<UUID> formatIds = formats.idsInProcess(process);
        features.forEach(feature -> feature.retire(formatIds, contributions));
        processes.markPersonalDataRetired(process);
    }
}
