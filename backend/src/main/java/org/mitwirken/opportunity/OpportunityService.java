package org.mitwirken.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.participation.OpportunitySource;
import org.mitwirken.common.participation.OpportunitySource.OpenOpportunity;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.format.Reference;

/** "Jetzt mitmachen": what is open now anywhere in the city, soonest closing first. */
@ApplicationScoped
public class OpportunityService {
    private static final Comparator<OpportunityResponse> SOONEST_CLOSING_FIRST = Comparator
            .comparing(OpportunityResponse::closesAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OpportunityResponse::title).thenComparing(OpportunityResponse::id);

    @Inject
    Instance<OpportunitySource> sources;

    @Inject
    FormatService formats;

    @Inject
    Clock clock;

    public OpportunityPage list(OpportunityQuery filter, PageRequest paging) {
        List<OpportunityResponse> open = openAt(clock.instant()).stream().filter(filter::matches)
                .sorted(SOONEST_CLOSING_FIRST).toList();
        int from = (int) Math.min((long) paging.page() * paging.size(), open.size());
        int to = Math.min(from + paging.size(), open.size());
        return new OpportunityPage(open.subList(from, to), paging.page(), paging.size(), open.size());
    }

    /** Everything open at this instant in formats the public can see. */
    List<OpportunityResponse> openAt(Instant now) {
        Map<UUID, Optional<FormatResponse>> publicFormats = new HashMap<>();
        return sources.stream().flatMap(source -> source.openAt(now).stream())
                .flatMap(opportunity -> publicFormats.computeIfAbsent(opportunity.formatId(), this::publicFormat)
                        .map(format -> response(opportunity, format)).stream())
                .toList();
    }

    private Optional<FormatResponse> publicFormat(UUID id) {
        return formats.findRef(id).filter(FormatRef::publiclyVisible).map(ref -> formats.get(ref.slug(), false));
    }

    private static OpportunityResponse response(OpenOpportunity opportunity, FormatResponse format) {
        return new OpportunityResponse(opportunity.kind(), opportunity.id(), opportunity.title(),
                new Reference(format.slug(), format.title()), format.process(), format.districts(),
                opportunity.opensAt(), opportunity.closesAt(), opportunity.needs(), path(opportunity));
    }

    private static String path(OpenOpportunity opportunity) {
        return switch (opportunity.kind()) {
            case SURVEY -> "/api/v1/surveys/" + opportunity.id();
            case VOTING_ROUND -> "/api/v1/votings/" + opportunity.id();
            case COMMENTS -> "/api/v1/comments?targetType=FORMAT&targetId=" + opportunity.formatId();
        };
    }
}
