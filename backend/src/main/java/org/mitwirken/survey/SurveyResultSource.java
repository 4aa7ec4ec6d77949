package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.participation.ResultSource;

/** A closed survey's results are public, whichever visibility it has (see {@link Survey#resultsPublic}). */
@ApplicationScoped
class SurveyResultSource implements ResultSource {

    @Inject
    SurveyRepository surveys;

    @Override
    public Set<UUID> withResults(Collection<UUID> formatIds, Instant now) {
        return new HashSet<>(surveys.find("select distinct s.formatId from Survey s where s.formatId in ?1 "
                + "and s.closesAt <= ?2", formatIds, now).project(UUID.class).list());
    }
}
