package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.persistence.IdChunks;
import org.mitwirken.common.synthesis.Input;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.common.synthesis.InputSource;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/** Free-text survey answers that moderators published. */
@ApplicationScoped
public class SurveyInputs implements InputSource {

    @Inject
    EntityManager entityManager;

    @Inject
    FormatService formats;

    @Override
    public InputKind kind() {
        return InputKind.SURVEY_ANSWER;
    }

    @Override
    public List<Input> published() {
        return inputs("", null);
    }

    @Override
    public List<Input> find(Collection<String> refs) {
        List<Input> found = new ArrayList<>();
        for (List<UUID> chunk : IdChunks.of(InputSource.ids(refs))) {
            found.addAll(inputs("and a.id in :ids ", chunk));
        }
        return found;
    }

    private List<Input> inputs(String idCondition, List<UUID> ids) {
        Map<UUID, String> publicFormats = formats.publicRefs().stream()
                .collect(Collectors.toMap(FormatRef::id, FormatRef::slug));
        if (publicFormats.isEmpty()) {
            return List.of();
        }
        var query = entityManager.createQuery("select a.id, q.title, a.textValue, s.formatId, r.submittedOn "
                + "from SurveyAnswer a, SurveyResponseEntity r, SurveyQuestion q, Survey s where r.id = a.responseId "
                + "and q.id = a.questionId and s = q.survey and a.textState = :published and s.formatId in :formats "
                + "and (s.resultsVisibility = :live or s.closesAt <= :now) "
                + idCondition + "order by r.submittedOn, a.id", Object[].class)
                .setParameter("published", FreeTextState.PUBLISHED).setParameter("formats", publicFormats.keySet())
                .setParameter("live", ResultsVisibility.LIVE).setParameter("now", Instant.now());
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.getResultList().stream().map(row -> new Input(InputKind.SURVEY_ANSWER, row[0].toString(),
                (String) row[1], (String) row[2], publicFormats.get((UUID) row[3]), null, (LocalDate) row[4]))
                .toList();
    }
}
