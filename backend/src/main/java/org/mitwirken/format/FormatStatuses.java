package org.mitwirken.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.participation.OpportunitySource;
import org.mitwirken.common.participation.OpportunitySource.OpportunityKind;
import org.mitwirken.common.participation.ResultSource;

/**
 * The status of formats (see {@link FormatStatus}), from the same opportunities "Jetzt mitmachen" lists, so a format
 * is shown as open exactly when something of it is listed there. Comments do not count: a format keeps taking them
 * long after it took place, which says nothing about whether it is running.
 */
@ApplicationScoped
class FormatStatuses {

    @Inject
    Instance<OpportunitySource> opportunities;

    @Inject
    Instance<ResultSource> results;

    @Inject
    Clock clock;

    Map<UUID, FormatStatus> of(List<ParticipationFormat> formats) {
        if (formats.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        LocalDate today = CityTime.dayOf(now);
        Set<UUID> ids = formats.stream().map(format -> format.id).collect(Collectors.toSet());
        Set<UUID> takingInput = opportunities.stream().flatMap(source -> source.openAt(now).stream())
                .filter(opportunity -> opportunity.kind() != OpportunityKind.COMMENTS)
                .map(OpportunitySource.OpenOpportunity::formatId).filter(ids::contains).collect(Collectors.toSet());
        Set<UUID> ended = formats.stream().filter(format -> today.isAfter(format.endsOn)).map(format -> format.id)
                .collect(Collectors.toSet());
        Set<UUID> withResults = ended.isEmpty() ? Set.of() : results.stream()
                .flatMap(source -> source.withResults(ended, now).stream()).collect(Collectors.toSet());
        Map<UUID, FormatStatus> statuses = new HashMap<>();
        for (ParticipationFormat format : formats) {
            statuses.put(format.id, status(format, today, takingInput.contains(format.id),
                    withResults.contains(format.id)));
        }
        return statuses;
    }

    private static FormatStatus status(ParticipationFormat format, LocalDate today, boolean takingInput, boolean hasResults) {
        if (takingInput || !today.isBefore(format.startsOn) && !today.isAfter(format.endsOn)) {
            return FormatStatus.OPEN;
        }
        if (today.isBefore(format.startsOn)) {
            return FormatStatus.PLANNED;
        }
        return hasResults ? FormatStatus.RESULTS : FormatStatus.COMPLETED;
    }
}
