package org.mitwirken.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.mitwirken.common.participation.OpportunitySource;

/** Published formats that take comments: open until staff switch comments off. */
@ApplicationScoped
class FormatCommentOpportunities implements OpportunitySource {

    @Inject
    FormatService formats;

    @Override
    public List<OpenOpportunity> openAt(Instant now) {
        return formats.publicRefs().stream().flatMap(format -> formats.publicParticipation(format.id())
                .filter(policy -> policy.commentsEnabled()).stream()
                .map(policy -> new OpenOpportunity(OpportunityKind.COMMENTS, format.slug(), format.title(), format.id(),
                        null, null, policy.anonymousAllowed() ? List.of() : List.of(Requirement.ACCOUNT))))
                .toList();
    }
}
