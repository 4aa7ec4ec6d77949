package org.mitwirken.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ParticipationPolicy;
import org.mitwirken.common.participation.PostedWhere;

@ApplicationScoped
public class FormatCommentTargets implements CommentTargets {

    @Inject
    FormatService formats;

    @Override
    public boolean handles(CommentTargetType type) {
        return type == CommentTargetType.FORMAT;
    }

    @Override
    public Optional<ParticipationPolicy> publicPolicy(CommentTargetType type, UUID id) {
        return formats.publicParticipation(id);
    }

    @Override
    public Map<UUID, PostedWhere> postedWhere(CommentTargetType type, Set<UUID> ids) {
        return formats.refsByIds(ids).values().stream().collect(Collectors.toMap(FormatRef::id,
                format -> PostedWhere.page(PostedWhere.Kind.FORMAT, format.title(), format.webPath(),
                        format.publiclyVisible())));
    }

    /** A format is its own item. */
    @Override
    public Set<UUID> itemsOfFormats(Set<UUID> formats) {
        return formats;
    }
}
