package org.mitwirken.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ParticipationPolicy;

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

    /** Interview notes belong to no format; their comments are not retired with a process. */
    @Override
    public Set<UUID> itemsOfFormats(Set<UUID> formats) {
        return Set.of();
    }
}
