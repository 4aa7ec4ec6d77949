package org.mitwirken.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ParticipationPolicy;
import org.mitwirken.common.participation.PostedWhere;

/** Published map contributions take comments as their format allows. */
@ApplicationScoped
public class MapCommentTargets implements CommentTargets {

    @Inject
    MapContributionService contributions;

    @Override
    public boolean handles(CommentTargetType type) {
        return type == CommentTargetType.MAP_CONTRIBUTION;
    }

    @Override
    public Optional<ParticipationPolicy> publicPolicy(CommentTargetType type, UUID id) {
        return contributions.publicPolicy(id);
    }

    @Override
    public Map<UUID, PostedWhere> postedWhere(CommentTargetType type, Set<UUID> ids) {
        return contributions.postedWhere(ids);
    }

    @Override
    public Set<UUID> itemsOfFormats(Set<UUID> formats) {
        return contributions.idsInFormats(formats);
    }
}
