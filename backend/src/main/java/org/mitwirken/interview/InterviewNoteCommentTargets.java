package org.mitwirken.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ParticipationPolicy;
import org.mitwirken.common.participation.PostedWhere;

@ApplicationScoped
public class InterviewNoteCommentTargets implements CommentTargets {

    @Inject
    InterviewNoteRepository repository;

    @Override
    public boolean handles(CommentTargetType type) {
        return type == CommentTargetType.INTERVIEW_NOTE;
    }

    @Override
    public Optional<ParticipationPolicy> publicPolicy(CommentTargetType type, UUID id) {
        return repository.findByIdOptional(id).filter(note -> note.publicationState == PublicationState.PUBLISHED)
                .map(note -> ParticipationPolicy.ACCOUNTS_ONLY);
    }

    /** A note's own page; drafts named for staff as well. */
    @Override
    public Map<UUID, PostedWhere> postedWhere(CommentTargetType type, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.list("id in ?1", ids).stream().collect(Collectors.toMap(note -> note.id,
                note -> PostedWhere.page(PostedWhere.Kind.INTERVIEW_NOTE, note.title,
                        "/gespraechsvermerke/" + note.slug, note.publicationState == PublicationState.PUBLISHED)));
    }

    /** Interview notes belong to no format; their comments are not retired with a process. */
    @Override
    public Set<UUID> itemsOfFormats(Set<UUID> formats) {
        return Set.of();
    }
}
