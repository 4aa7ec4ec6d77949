package org.mitwirken.common.participation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a contribution was posted, for moderators: the public page of the web app it is seen on, so that they judge it
 * in its context. Staff are told the title and page also where the public cannot see them now (a draft, a hidden map
 * contribution); {@code visibility} says so. The feature that owns the page names it, the one that holds the
 * contribution only asks.
 */
@Schema(name = "PostedWhere", description = "Where a contribution was posted: the page of the web app it is seen on",
        requiredProperties = { "kind", "title", "path", "anchor", "visibility" })
public record PostedWhere(
        Kind kind,
        @Schema(nullable = true, description = "Title of the page's item (the format of a map portal, the survey of "
                + "an answer); shown to staff also when the public cannot see it; null only when the item was deleted "
                + "since") String title,
        @Schema(nullable = true, description = "Path of the page in the web app, with its query, e.g. "
                + "`/handlungsfelder/mobilitaet?ziel=…`; null only when the item was deleted since") String path,
        @Schema(nullable = true, description = "Id of the element on that page where the contribution stands (the "
                + "fragment without `#`), e.g. `comment-…`; null where the page has none") String anchor,
        Visibility visibility) {

    /** What the page is about, as the web app names it. */
    @Schema(name = "PostedWhereKind")
    public enum Kind {
        FORMAT, FIELD_OF_ACTION, GOAL, INTERVIEW_NOTE, MAP_CONTRIBUTION, MAP_PORTAL, SURVEY;

        /** The page a comment target stands on is that target's own. */
        public static Kind of(CommentTargetType type) {
            return switch (type) {
                case FORMAT -> FORMAT;
                case FIELD_OF_ACTION -> FIELD_OF_ACTION;
                case GOAL -> GOAL;
                case INTERVIEW_NOTE -> INTERVIEW_NOTE;
                case MAP_CONTRIBUTION -> MAP_CONTRIBUTION;
            };
        }
    }

    /** Whether the public sees the page now. */
    @Schema(name = "PostedWhereVisibility", description = "PUBLIC: anyone sees the page; STAFF_ONLY: it exists, but "
            + "the public cannot see it now (unpublished, hidden, results not yet public); DELETED: it is gone")
    public enum Visibility {
        PUBLIC, STAFF_ONLY, DELETED
    }

    /** A page that exists; {@code publiclyVisible} says whether the public sees it now. */
    public static PostedWhere page(Kind kind, String title, String path, boolean publiclyVisible) {
        return new PostedWhere(kind, title, path, null,
                publiclyVisible ? Visibility.PUBLIC : Visibility.STAFF_ONLY);
    }

    /** An item deleted after the contribution was posted on it: what it was is all that is known. */
    public static PostedWhere deleted(Kind kind) {
        return new PostedWhere(kind, null, null, null, Visibility.DELETED);
    }

    /** The same page, at the element with this id; a deleted page has no elements. */
    public PostedWhere at(String elementId) {
        return visibility == Visibility.DELETED ? this : new PostedWhere(kind, title, path, elementId, visibility);
    }
}
