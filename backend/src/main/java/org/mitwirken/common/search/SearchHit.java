package org.mitwirken.common.search;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.CommentTargetType;

@Schema(name = "SearchHit", description = "One published item matching a search", requiredProperties = { "type",
        "slug", "title", "excerpt", "href", "rank", "highlights" })
public record SearchHit(
        SearchHitType type,
        @Schema(description = "Slug of the item, or of the page it stands on: the field of action of a goal or an "
                + "official response, the format of a document or a map contribution, the survey of an answer; for a "
                + "comment the format, field of action or interview note it stands on (for a comment on a goal its "
                + "field of action, on a map contribution the format of the map portal)") String slug,
        @Schema(description = "The item's title; for a comment the title of what it comments on, for a survey answer "
                + "the question") String title,
        @Schema(description = "Plain text, never HTML: the passages that match, \"…\" where text is left out")
        String excerpt,
        @Schema(description = "API path of the item (for a comment: its thread; for a survey answer: the survey's "
                + "results)") String href,
        @Schema(description = "Relevance; title matches weigh most") double rank,
        @Schema(nullable = true, description = "Where on the page of `slug` the hit stands: the id of a comment, a map "
                + "contribution or an official response, or the slug of the question a survey answer belongs to; null "
                + "for the other kinds") String anchor,
        @Schema(nullable = true, description = "For a comment, what it comments on; null for the other kinds")
        CommentedItem commentOn,
        @Schema(description = "The ranges of `excerpt` that match the words searched for, in order")
        List<Highlight> highlights) {

    @Schema(name = "CommentedItem", description = "The item a comment is on, as comments name their target",
            requiredProperties = { "type", "id" })
    public record CommentedItem(CommentTargetType type, UUID id) {
    }

    @Schema(name = "SearchHighlight", description = "A range of the excerpt, counted in UTF-16 code units as "
            + "JavaScript and Java count string positions", requiredProperties = { "start", "end" })
    public record Highlight(@Schema(description = "First position, from 0") int start,
            @Schema(description = "Position after the last") int end) {
    }
}
