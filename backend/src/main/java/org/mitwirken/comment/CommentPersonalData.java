package org.mitwirken.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ModerationState;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;

@ApplicationScoped
public class CommentPersonalData implements PersonalData {

    public record WrittenComment(UUID id, CommentTargetType targetType, UUID targetId, UUID parentId, String text,
            String authorName, ModerationState state, Instant createdAt) {
    }

    public record CommentData(List<WrittenComment> written, List<UUID> supported, List<DecisionResponse> decided) {
    }

    @Inject
    CommentRepository repository;

    @Inject
    ModerationDecisionRepository decisions;

    @Inject
    CommentReactions reactions;

    @Inject
    CommentService service;

    @Inject
    Instance<CommentTargets> targets;

    @Override
    public List<AccountColumn> accountColumns() {
        return List.of(AccountColumn.of("comment", "author_subject"), reactions.supporterColumn(),
                AccountColumn.of("moderation_decision", "moderator_subject"));
    }

    @Override
    public String section() {
        return "comments";
    }

    @Override
    public CommentData export(String account) {
        return new CommentData(
                repository.list("authorSubject = ?1 order by createdAt, id", account).stream()
                        .map(c -> new WrittenComment(c.id, c.targetType, c.targetId, c.parentId, c.text, c.authorName,
                                c.state, c.createdAt)).toList(),
                reactions.supportedItems(account),
                decisions.list("moderatorSubject = ?1 order by decidedAt, id", account).stream().map(DecisionResponse::of)
                        .toList());
    }

    @Override
    public void erase(String account, ErasureMode mode) {
        // Newest first, so replies go before the comments they answer.
        for (Comment comment : repository.list("authorSubject = ?1 order by createdAt desc, id", account)) {
            if (mode == ErasureMode.DELETE) {
                service.withdraw(comment.id, account, null);
            } else {
                comment.authorSubject = null;
                comment.authorName = ErasureMode.ERASED_NAME;
                comment.anonymous = true;
            }
        }
        reactions.eraseSupports(account, mode);
        decisions.update("moderator = ?1, moderatorSubject = null where moderatorSubject = ?2", ErasureMode.ERASED_NAME,
                account);
    }

    @Override
    public void retire(Set<UUID> formats, ErasureMode contributions) {
        Set<UUID> targetIds = new HashSet<>();
        targets.forEach(t -> targetIds.addAll(t.itemsOfFormats(formats)));
        if (targetIds.isEmpty()) {
            return;
        }
        List<UUID> comments = repository.find("select c.id from Comment c where c.targetId in ?1", targetIds)
                .project(UUID.class).list();
        reactions.retireSupportsOn(comments);
        if (contributions == ErasureMode.DELETE) {
            decisions.delete("commentId in (select c.id from Comment c where c.targetId in ?1)", targetIds);
            // Deepest first: replies refer to the comments they answer.
            for (int depth = CommentService.MAX_DEPTH; depth >= 0; depth--) {
                repository.delete("targetId in ?1 and depth = ?2", targetIds, depth);
            }
        } else {
            repository.update("authorSubject = null, authorName = ?1, anonymous = true, deletionTokenHash = null "
                    + "where targetId in ?2", ErasureMode.ERASED_NAME, targetIds);
        }
    }
}
