package org.mitwirken.common.participation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A feature tells the comments feature which of its items can be commented on, and how. */
public interface CommentTargets {

    boolean handles(CommentTargetType type);

    /** The policy of a published item of this type, or empty when it does not exist or is not public. */
    Optional<ParticipationPolicy> publicPolicy(CommentTargetType type, UUID id);

    /**
     * For moderators: where the items of this type with these ids are seen, in one lookup for them all, also those the
     * public cannot see now. Items that no longer exist are left out.
     */
    Map<UUID, PostedWhere> postedWhere(CommentTargetType type, Set<UUID> ids);

    /** The items of this type that belong to these formats, so their comments retire with them. */
    Set<UUID> itemsOfFormats(Set<UUID> formats);
}
