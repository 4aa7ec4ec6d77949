package org.mitwirken.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.mitwirken.common.participation.OpportunitySource;
import org.mitwirken.format.FormatKind;
import org.mitwirken.format.FormatService;

/**
 * The map portal of each published online survey (favourite places and places to improve), as the web app offers
 * it: open until the format is withdrawn; without an account where the format lets people take part anonymously.
 */
@ApplicationScoped
class MapPortalOpportunities implements OpportunitySource {

    @Inject
    FormatService formats;

    @Override
    public List<OpenOpportunity> openAt(Instant now) {
        return formats.publicRefs(FormatKind.ONLINE_SURVEY).stream()
                .flatMap(format -> formats.publicParticipation(format.id()).stream()
                        .map(policy -> new OpenOpportunity(OpportunityKind.MAP_PORTAL, format.slug(), format.title(),
                                format.id(), null, null,
                                policy.anonymousAllowed() ? List.of() : List.of(Requirement.ACCOUNT))))
                .toList();
    }
}
