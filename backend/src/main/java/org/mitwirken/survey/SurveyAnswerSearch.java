package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.mitwirken.common.search.NativeSearch;
import org.mitwirken.common.search.SearchHitType;
import org.mitwirken.common.search.SearchMatch;
import org.mitwirken.common.search.SearchQuery;
import org.mitwirken.common.search.SearchSource;
import org.mitwirken.common.search.SourceHits;

/**
 * Finds free-text answers where the public results show them: moderated and published, in a survey whose results are
 * public ({@link Survey#resultsPublic}) on a format the public may see. A hit names the survey and the question and
 * holds the text only: no response, no day, no answer id, nothing that could lead to whoever wrote it.
 */
@ApplicationScoped
public class SurveyAnswerSearch implements SearchSource {
    private static final String SQL = """
            select s.slug as survey, qn.slug, qn.title, a.text_value, ts_rank(a.search_vector, q) as rank,
                   count(*) over ()
            from survey_answer a join survey_question qn on qn.id = a.question_id join survey s on s.id = qn.survey_id
                join public_format f on f.id = s.format_id, to_tsquery('german', :query) q
            where a.search_vector @@ q and a.text_state = 'PUBLISHED'
                and (s.results_visibility = 'LIVE' or s.closes_at <= :now)
            order by rank desc, qn.title collate "C", a.id limit :limit""";

    @Inject
    EntityManager entityManager;

    @Override
    public SourceHits search(SearchQuery query, int limit) {
        return NativeSearch.run(entityManager, SQL, query, limit, Map.of("now", Instant.now()),
                row -> new SearchMatch(SearchHitType.SURVEY_ANSWER, (String) row[0], (String) row[2], (String) row[3],
                        "/api/v1/surveys/" + row[0] + "/results", NativeSearch.rank(row[4]), (String) row[1], null));
    }
}
