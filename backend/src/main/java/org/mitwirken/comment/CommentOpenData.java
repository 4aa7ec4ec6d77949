package org.mitwirken.comment;

import static org.mitwirken.common.opendata.Dataset.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.mitwirken.common.opendata.Dataset;
import org.mitwirken.common.opendata.OpenDataSource;
import org.mitwirken.common.paging.KeysetPages;

/** Published comments on public items, without author names. */
@ApplicationScoped
public class CommentOpenData implements OpenDataSource {
    private static final Dataset DATASET = new Dataset("comments", "Kommentare",
            "Published comments on public items, without author names; withdrawn, hidden and rejected ones are "
                    + "left out.", List.of(
                    field("id", "Identifier"),
                    field("target_type", "FORMAT, FIELD_OF_ACTION, GOAL, INTERVIEW_NOTE or MAP_CONTRIBUTION"),
                    field("target_id", "Identifier of the item commented on"),
                    field("parent_id", "Identifier of the comment replied to, empty for a comment"),
                    field("text", "Plain text"),
                    field("support_count", "How many accounts support it"),
                    field("created_on", "Day it was written, YYYY-MM-DD")), false);

    private static final int SLICE = 2_000;

    @Inject
    CommentService comments;

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    /** Read a slice at a time: there may be far more comments than fit in memory at once. */
    @Override
    public Iterable<Map<String, Object>> rows() {
        KeysetPages<CommentService.PublicCommentKey, CommentResponse> published =
                new KeysetPages<>(after -> comments.publicComments(after, SLICE));
        return () -> StreamSupport.stream(published.spliterator(), false).map(CommentOpenData::row).iterator();
    }

    private static Map<String, Object> row(CommentResponse c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id().toString());
        row.put("target_type", c.targetType().name());
        row.put("target_id", c.targetId().toString());
        row.put("parent_id", c.parentId() == null ? null : c.parentId().toString());
        row.put("text", c.text());
        row.put("support_count", c.supportCount());
        row.put("created_on", c.createdOn().toString());
        return row;
    }
}
