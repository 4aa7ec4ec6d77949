package org.mitwirken.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.search.NativeSearch;
import org.mitwirken.common.search.SearchHit;
import org.mitwirken.common.search.SearchHitType;
import org.mitwirken.common.search.SearchMatch;
import org.mitwirken.common.search.SearchQuery;
import org.mitwirken.common.search.SearchSource;
import org.mitwirken.common.search.SourceHits;

/**
 * Finds published, not withdrawn comments on items the public may see. Which items those are, the view
 * public_comment_target says (V22), so the query reads no other feature's tables, and a comment hidden or withdrawn a
 * moment ago is not found: its state is read with it.
 */
@ApplicationScoped
public class CommentSearch implements SearchSource {
    private static final String SQL = """
            select c.id, c.target_type, c.target_id, t.page_slug, t.title, c.text, ts_rank(c.search_vector, q) as rank,
                   count(*) over ()
            from comment c
                join public_comment_target t on t.target_type = c.target_type and t.target_id = c.target_id,
                to_tsquery('german', :query) q
            where c.search_vector @@ q and c.state = 'PUBLISHED' and not c.withdrawn
            order by rank desc, t.title collate "C", c.id limit :limit""";

    @Inject
    EntityManager entityManager;

    @Override
    public SourceHits search(SearchQuery query, int limit) {
        return NativeSearch.run(entityManager, SQL, query, limit, Map.of(), row -> {
            CommentTargetType target = CommentTargetType.valueOf((String) row[1]);
            return new SearchMatch(SearchHitType.COMMENT, (String) row[3], (String) row[4], (String) row[5],
                    "/api/v1/comments?targetType=" + target + "&targetId=" + row[2], NativeSearch.rank(row[6]),
                    row[0].toString(), new SearchHit.CommentedItem(target, (UUID) row[2]));
        });
    }
}
