package org.mitwirken.fieldofaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ParticipationPolicy;
import org.mitwirken.common.participation.PostedWhere;
import org.mitwirken.common.participation.PostedWhere.Kind;

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
        return field.filter(FieldOfActionCommentTargets::isPublic)
                .map(f -> ParticipationPolicy.ACCOUNTS_ONLY);
    }

    /** A field's page, a goal on its field's page (opened there by "ziel"); drafts named for staff as well. */
    @Override
    public Map<UUID, PostedWhere> postedWhere(CommentTargetType type, Set<UUID> ids) {
        Map<UUID, PostedWhere> places = new HashMap<>();
        if (ids.isEmpty()) {
            return places;
        }
        if (type == CommentTargetType.FIELD_OF_ACTION) {
            repository.list("id in ?1", ids).forEach(field -> places.put(field.id,
                    PostedWhere.page(Kind.FIELD_OF_ACTION, field.title, webPath(field), isPublic(field))));
        } else {
            repository.getEntityManager().createQuery("select g from Goal g join fetch g.fieldOfAction "
                    + "where g.id in :ids", Goal.class).setParameter("ids", ids).getResultList()
                    .forEach(goal -> places.put(goal.id, PostedWhere.page(Kind.GOAL, goal.title,
                            webPath(goal.fieldOfAction) + "?ziel=" + goal.id, isPublic(goal.fieldOfAction))));
        }
        return places;
    }

    private static String webPath(FieldOfAction field) {
        return "/handlungsfelder/" + field.slug;
    }

    private static boolean isPublic(FieldOfAction field) {
        return field.publicationState == PublicationState.PUBLISHED;
    }

    /** Fields of action and their goals belong to no format; their comments are not retired with a process. */
    @Override
    public Set<UUID> itemsOfFormats(Set<UUID> formats) {
        return Set.of();
    }
}
