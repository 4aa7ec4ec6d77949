package org.mitwirken.comment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mitwirken.common.Actor;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.Tokens;
import org.mitwirken.common.paging.KeysetPages;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.participation.Authorship;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.CommentTargets;
import org.mitwirken.common.participation.ContributionNews;
import org.mitwirken.common.participation.DecisionRequest;
import org.mitwirken.common.participation.ModerationAction;
import org.mitwirken.common.participation.ModerationState;
import org.mitwirken.common.participation.ParticipationPolicy;
import org.mitwirken.common.participation.PostedWhere;
import org.mitwirken.common.persistence.IdChunks;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.participation.ParticipationCode;

@ApplicationScoped
public class CommentService {
    static final int MAX_DEPTH = 2;
    private static final Sort ORDER = Sort.by("createdAt").and("id");

    @Inject
    CommentRepository repository;

    @Inject
    ModerationDecisionRepository decisions;

    @Inject
    CommentReactions reactions;

    @Inject
    CommentInsert newComments;

    @Inject
    Instance<CommentTargets> targets;

    @Inject
    Event<ContributionNews> news;

    /** Published comments on a public item, and the viewer's own in any state. */
    public PageResponse<CommentResponse> list(CommentTargetType type, UUID targetId, PageRequest paging,
            String account) {
        policy(type, targetId);
        Parameters parameters = Parameters.with("type", type).and("target", targetId)
                .and("published", ModerationState.PUBLISHED);
        var query = account == null
                ? repository.find("targetType = :type and targetId = :target and state = :published", ORDER,
                        parameters)
                : repository.find("targetType = :type and targetId = :target and (state = :published "
                        + "or authorSubject = :account)", ORDER, parameters.and("account", account));
        List<Comment> comments = query.page(Page.of(paging.page(), paging.size())).list();
        return new PageResponse<>(responses(comments, account, false), paging.page(), paging.size(), query.count());
    }

    /** Checks with reads only, then stores the comment in one statement of its own. */
    @ActivateRequestContext
    public CommentCreatedResponse create(CommentRequest request, Actor author) {
        String account = author == null ? null : author.subject();
        ParticipationPolicy policy = policy(request.targetType(), request.targetId());
        if (!policy.commentsEnabled()) {
            throw new ProblemException(ProblemType.FORBIDDEN, CommentCode.COMMENTS_CLOSED);
        }
        if (account == null && !policy.anonymousAllowed()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, ParticipationCode.LOGIN_TO_CONTRIBUTE);
        }
        if (account == null && request.pseudonym() == null) {
            throw ValidationProblem.of("pseudonym", ParticipationCode.PSEUDONYM_REQUIRED);
        }
        if (account != null && request.pseudonym() != null) {
            throw ValidationProblem.of("pseudonym", ParticipationCode.PSEUDONYM_WITH_LOGIN);
        }
        Comment parent = parent(request);
        Comment comment = new Comment();
        comment.targetType = request.targetType();
        comment.targetId = request.targetId();
        comment.depth = parent == null ? 0 : parent.depth + 1;
        comment.parentId = request.parentId();
        comment.text = request.text();
        comment.authorSubject = account;
        comment.authorName = author != null ? author.name() : request.pseudonym().strip();
        comment.anonymous = account == null;
        comment.state = policy.preModeration() ? ModerationState.PENDING : ModerationState.PUBLISHED;
        String token = null;
        if (account == null) {
            token = Tokens.newSecret();
            comment.deletionTokenHash = Hashes.sha256Hex(token);
        }
        if (comment.state == ModerationState.PUBLISHED && tellsSomeone(parent, comment)) {
            // The reply and the message to the author replied to commit together.
            QuarkusTransaction.requiringNew().run(() -> {
                newComments.insert(comment);
                tellReplied(parent.authorSubject, comment);
            });
        } else {
            newComments.insert(comment);
        }
        return new CommentCreatedResponse(response(comment, account, false, 0, false), token);
    }

    /** Authors withdraw their own comment: by login, or by the deletion token of an anonymous comment. */
    @Transactional
    public void withdraw(UUID id, String account, String deletionToken) {
        Comment comment = repository.findByIdOptional(id).orElseThrow(() -> notFound(id));
        Authorship.requireAuthor(account, comment.authorSubject, deletionToken, comment.deletionTokenHash);
        if (repository.count("parentId", id) == 0) {
            repository.delete(comment);
        } else {
            // Replies stay readable in their thread; the withdrawn text and its author's name do not.
            comment.withdrawn = true;
            comment.text = "";
            comment.authorName = "";
            comment.authorSubject = null;
            comment.deletionTokenHash = null;
        }
    }

    /** Whether this account wrote the comment; nobody wrote a comment that does not exist. */
    public boolean writtenBy(UUID id, String account) {
        return account != null && repository.findByIdOptional(id).map(c -> account.equals(c.authorSubject))
                .orElse(false);
    }

    /** The account that wrote the comment, while it is public; anonymous and withdrawn comments have none. */
    public Optional<String> authorOf(UUID id) {
        return repository.findByIdOptional(id).filter(c -> c.state == ModerationState.PUBLISHED && !c.withdrawn)
                .map(c -> c.authorSubject);
    }

    @Transactional
    public void support(UUID id, String account, boolean support) {
        Comment comment = published(id);
        if (support) {
            refuseAuthor(comment, account, CommentCode.OWN_COMMENT_SUPPORT);
            reactions.support(comment.id, account);
        } else {
            reactions.withdrawSupport(comment.id, account);
        }
    }

    /** Anyone may report a comment, except its author: {@code account} is the reporter's, null without login. */
    @Transactional
    public void report(UUID id, String reason, String account) {
        Comment comment = published(id);
        refuseAuthor(comment, account, CommentCode.OWN_COMMENT_REPORT);
        reactions.report(comment.id, reason);
    }

    /** Supports and reports say what others think of a comment; its author's own would only inflate or muddle that. */
    private static void refuseAuthor(Comment comment, String account, CommentCode refusal) {
        if (account != null && account.equals(comment.authorSubject)) {
            throw new ProblemException(ProblemType.CONFLICT, refusal);
        }
    }

    public List<ModerationItem> queue() {
        List<UUID> reported = reactions.withOpenReports();
        List<Comment> comments = reported.isEmpty() ? repository.list("state", ORDER, ModerationState.PENDING)
                : repository.list("state = ?1 or id in ?2", ORDER, ModerationState.PENDING, reported);
        Map<UUID, List<String>> reports = reactions.openReports(comments.stream().map(c -> c.id).toList());
        List<CommentResponse> responses = responses(comments, null, true);
        Map<CommentTargetType, Map<UUID, PostedWhere>> places = postedWhere(comments);
        return IntStream.range(0, comments.size()).mapToObj(i -> {
            Comment comment = comments.get(i);
            PostedWhere where = places.get(comment.targetType).getOrDefault(comment.targetId,
                    PostedWhere.deleted(PostedWhere.Kind.of(comment.targetType)));
            return new ModerationItem(responses.get(i), Objects.requireNonNullElse(comment.authorSubject, ""),
                    reports.getOrDefault(comment.id, List.of()), where.at("comment-" + comment.id));
        }).toList();
    }

    /** Where the targets of these comments are seen, asked of their features once per type of target. */
    private Map<CommentTargetType, Map<UUID, PostedWhere>> postedWhere(List<Comment> comments) {
        Map<CommentTargetType, Set<UUID>> byType = comments.stream().collect(Collectors.groupingBy(c -> c.targetType,
                () -> new EnumMap<>(CommentTargetType.class), Collectors.mapping(c -> c.targetId, Collectors.toSet())));
        Map<CommentTargetType, Map<UUID, PostedWhere>> places = new EnumMap<>(CommentTargetType.class);
        byType.forEach((type, ids) -> places.put(type, targets.stream().filter(t -> t.handles(type)).findFirst()
                .map(t -> t.postedWhere(type, ids)).orElse(Map.of())));
        return places;
    }

    @Transactional
    public CommentResponse decide(UUID id, DecisionRequest request, Actor moderator) {
        Comment comment = repository.findByIdOptional(id).orElseThrow(() -> notFound(id));
        ModerationState before = comment.state;
        comment.moderationReason = request.checkedReason();
        comment.state = request.decision().resultingState();
        ModerationDecision decision = new ModerationDecision();
        decision.commentId = id;
        decision.decision = request.decision();
        decision.reason = request.reason();
        decision.moderator = moderator.name();
        decision.moderatorSubject = moderator.subject();
        decision.decidedAt = Instant.now();
        decisions.persist(decision);
        reactions.resolveReports(id);
        repository.flush();
        if (before != comment.state) {
            tellDecided(comment, request.decision());
        }
        return responses(List.of(comment), null, true).get(0);
    }

    /** Whether a reply is news to someone: the author of the comment replied to, if an account, and not oneself. */
    private static boolean tellsSomeone(Comment parent, Comment reply) {
        return parent != null && parent.authorSubject != null && !parent.authorSubject.equals(reply.authorSubject);
    }

    /** Authors with an account hear what became of their comment; a reply it now shows is news to its parent's. */
    private void tellDecided(Comment comment, ModerationAction decision) {
        if (comment.authorSubject != null) {
            String reason = comment.state == ModerationState.PUBLISHED ? null : comment.moderationReason;
            tell(comment, comment.authorSubject, ContributionNews.Kind.of(decision), reason);
        }
        if (comment.state == ModerationState.PUBLISHED && comment.parentId != null) {
            repository.findByIdOptional(comment.parentId).filter(parent -> tellsSomeone(parent, comment))
                    .ifPresent(parent -> tellReplied(parent.authorSubject, comment));
        }
    }

    private void tellReplied(String parentAuthor, Comment reply) {
        tell(reply, parentAuthor, ContributionNews.Kind.REPLIED, null);
    }

    private void tell(Comment comment, String recipient, ContributionNews.Kind kind, String reason) {
        PostedWhere where = postedWhere(List.of(comment)).get(comment.targetType).get(comment.targetId);
        if (where != null && where.path() != null) {
            news.fire(new ContributionNews(recipient, kind, where.title(),
                    where.path() + "#comment-" + comment.id, reason));
        }
    }

    public List<DecisionResponse> history(UUID id) {
        repository.findByIdOptional(id).orElseThrow(() -> notFound(id));
        return decisions.list("commentId", Sort.by("decidedAt"), id).stream().map(DecisionResponse::of).toList();
    }

    /** Every decision, newest first, with the comment it concerns: moderators revisit hidden or rejected ones. */
    public DecisionLogPage decisionLog(PageRequest paging) {
        var query = decisions.findAll(Sort.by("decidedAt").descending().and("id"));
        List<ModerationDecision> page = query.page(Page.of(paging.page(), paging.size())).list();
        Map<UUID, CommentResponse> comments = responses(
                repository.list("id in ?1", page.stream().map(d -> d.commentId).distinct().toList()), null, true)
                .stream().collect(Collectors.toMap(CommentResponse::id, c -> c));
        return new DecisionLogPage(page.stream()
                .map(d -> new DecisionLogEntry(DecisionResponse.of(d), comments.get(d.commentId))).toList(),
                paging.page(), paging.size(), query.count());
    }

    /** For open data and synthesis: published, not withdrawn comments on items the public may see. */
    public List<CommentResponse> publicComments() {
        return onPublicItems(repository.list("state = ?1 and withdrawn = false", ORDER, ModerationState.PUBLISHED));
    }

    /** Where a slice of {@link #publicComments()} starts: after this comment in their order. */
    public record PublicCommentKey(Instant createdAt, UUID id) {
    }

    /**
     * A slice of {@link #publicComments()}, from the first when the key is null. Its entities are detached, so
     * that reading slice after slice in one request does not pile them up.
     */
    public KeysetPages.Slice<PublicCommentKey, CommentResponse> publicComments(PublicCommentKey after, int size) {
        String afterKey = after == null ? "" : " and (createdAt > ?2 or (createdAt = ?2 and id > ?3))";
        Object[] parameters = after == null ? new Object[] { ModerationState.PUBLISHED }
                : new Object[] { ModerationState.PUBLISHED, after.createdAt(), after.id() };
        List<Comment> published = repository.find("state = ?1 and withdrawn = false" + afterKey, ORDER, parameters)
                .page(0, size).list();
        published.forEach(repository.getEntityManager()::detach);
        Comment last = published.isEmpty() ? null : published.get(published.size() - 1);
        return new KeysetPages.Slice<>(onPublicItems(published),
                published.size() < size ? null : new PublicCommentKey(last.createdAt, last.id));
    }

    /** Those of {@link #publicComments()} with these ids. */
    public List<CommentResponse> publicComments(Collection<UUID> ids) {
        List<Comment> published = new ArrayList<>();
        for (List<UUID> chunk : IdChunks.of(ids)) {
            published.addAll(repository.list("id in ?1 and state = ?2 and withdrawn = false", ORDER, chunk,
                    ModerationState.PUBLISHED));
        }
        return onPublicItems(published);
    }

    private List<CommentResponse> onPublicItems(List<Comment> published) {
        Map<UUID, Boolean> publicTargets = new java.util.HashMap<>();
        List<Comment> visible = published.stream().filter(c -> publicTargets.computeIfAbsent(c.targetId,
                target -> targets.stream().filter(t -> t.handles(c.targetType)).findFirst()
                        .flatMap(t -> t.publicPolicy(c.targetType, target)).isPresent())).toList();
        return responses(visible, null, false);
    }

    private ParticipationPolicy policy(CommentTargetType type, UUID targetId) {
        return targets.stream().filter(t -> t.handles(type)).findFirst()
                .flatMap(t -> t.publicPolicy(type, targetId))
                .orElseThrow(() -> ProblemException.notFound(targetId.toString()));
    }

    /** The comment replied to, null for a comment that starts a thread. */
    private Comment parent(CommentRequest request) {
        if (request.parentId() == null) {
            return null;
        }
        Comment parent = repository.findByIdOptional(request.parentId())
                .filter(p -> p.state == ModerationState.PUBLISHED && !p.withdrawn)
                .filter(p -> p.targetType == request.targetType() && p.targetId.equals(request.targetId()))
                .orElseThrow(() -> ValidationProblem.of("parentId", GeneralCode.UNKNOWN,
                        Map.of("value", request.parentId())));
        if (parent.depth >= MAX_DEPTH) {
            throw ValidationProblem.of("parentId", CommentCode.REPLY_TOO_DEEP, Map.of("max", MAX_DEPTH));
        }
        return parent;
    }

    private Comment published(UUID id) {
        return repository.findByIdOptional(id).filter(c -> c.state == ModerationState.PUBLISHED && !c.withdrawn)
                .orElseThrow(() -> notFound(id));
    }

    private List<CommentResponse> responses(List<Comment> comments, String account, boolean moderator) {
        List<UUID> ids = comments.stream().map(c -> c.id).toList();
        Map<UUID, Long> supports = reactions.supportCounts(ids);
        Set<UUID> mine = reactions.supportedBy(ids, account);
        return comments.stream().map(c -> response(c, account, moderator, supports.getOrDefault(c.id, 0L),
                mine.contains(c.id))).toList();
    }

    private static CommentResponse response(Comment c, String account, boolean moderator, long supports,
            boolean supportedByViewer) {
        boolean own = account != null && account.equals(c.authorSubject);
        return new CommentResponse(c.id, c.targetType, c.targetId, c.parentId, c.depth, c.text, c.authorName,
                c.anonymous, c.state, moderator || own ? c.moderationReason : null, supports, supportedByViewer, own,
                c.withdrawn, CityTime.dayOf(c.createdAt), moderator ? c.createdAt : null);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound(id.toString());
    }
}
