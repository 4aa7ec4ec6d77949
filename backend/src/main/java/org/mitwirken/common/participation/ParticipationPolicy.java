package org.mitwirken.common.participation;

/** How citizens may take part on one item: comment at all, without an account, and only after moderation. */
public record ParticipationPolicy(boolean commentsEnabled, boolean anonymousAllowed, boolean preModeration) {

    /** Items without settings of their own (fields of action, goals, notes): comments by account holders. */
    public static final ParticipationPolicy ACCOUNTS_ONLY = new ParticipationPolicy(true, false, false);
}
