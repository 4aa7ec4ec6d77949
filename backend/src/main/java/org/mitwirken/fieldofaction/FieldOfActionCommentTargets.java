package org.mitwirken.fieldofaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ParticipationPolicy;

/** Published fields of action and their goals take comments from account holders. */
@ApplicationScoped
public class FieldOfActionCommentTargets implements CommentTargets {

    @Inject
    FieldOfActionRepository repository;

    @Override
    public boolean handles(CommentTargetType type) {
        return type == CommentTargetType.FIELD_OF_ACTION || type == CommentTargetType.GOAL;
    }

    @Override
    public Optional<ParticipationPolicy> publicPolicy(CommentTargetType type, UUID id) {
        Optional<FieldOfAction> field = type == CommentTargetType.FIELD_OF_ACTION ? repository.findByIdOptional(id)
                : repository.find("select g.fieldOfAction from Goal g where g.id = ?1", id).firstResultOptional();
        return field.filter(f -> f.publicationState == PublicationState.PUBLISHED)
                .map(f -> ParticipationPolicy.ACCOUNTS_ONLY);
    }

    /** Fields of action and their goals belong to no format; their comments are not retired with a process. */
    @Override
    public Set<UUID> itemsOfFormats(Set<UUID> formats) {
        return Set.of();
    }
}
