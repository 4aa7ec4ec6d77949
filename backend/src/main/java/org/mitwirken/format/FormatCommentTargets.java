package org.mitwirken.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ParticipationPolicy;

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

    /** A format is its own item. */
    @Override
    public Set<UUID> itemsOfFormats(Set<UUID> formats) {
        return formats;
    }
}
