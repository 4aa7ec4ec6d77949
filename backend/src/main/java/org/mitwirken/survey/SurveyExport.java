package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.export.Csv;

/** All responses of a survey for admins: JSON with option keys, CSV with labels for spreadsheets. */
@ApplicationScoped
public class SurveyExport {

    @Inject
    SurveyService surveys;

    @Inject
    EntityManager entityManager;

    @Schema(name = "ExportedResponse", requiredProperties = { "id", "submittedOn", "channel", "answers" })
    public record ExportedResponse(UUID id, LocalDate submittedOn, ResponseChannel channel,
            @Schema(description = "By question slug: a key, a list of keys (in rank order for RANKING), a number, "
                    + "a text, or {lon, lat, category}")
            Map<String, Object> answers) {
    }

    public List<ExportedResponse> json(String slug) {
        Survey survey = surveys.visible(slug, true);
        Map<UUID, SurveyQuestion> questions = survey.questions.stream().collect(Collectors.toMap(q -> q.id, q -> q));
        List<ExportedResponse> responses = new ArrayList<>();
        Map<UUID, List<SurveyAnswer>> answers = answersByResponse(survey.id);
        for (SurveyResponseEntity response : responses(survey.id)) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (SurveyQuestion question : survey.questions) {
                List<SurveyAnswer> rows = answers.getOrDefault(response.id, List.of()).stream()
                        .filter(a -> a.questionId.equals(question.id))
                        .sorted(Comparator.comparing(a -> a.rank == null ? 0 : a.rank)).toList();
                if (!rows.isEmpty()) {
                    values.put(question.slug, value(questions.get(question.id), rows));
                }
            }
            responses.add(new ExportedResponse(response.id, response.submittedOn, response.channel, values));
        }
        return responses;
    }

    public String csv(String slug) {
        Survey survey = surveys.visible(slug, true);
        List<String> header = new ArrayList<>(List.of("id", "submitted_on", "channel"));
        for (SurveyQuestion question : survey.questions) {
            if (question.type == QuestionType.LOCATION) {
                header.addAll(List.of(question.slug + "_lon", question.slug + "_lat", question.slug + "_category"));
            } else {
                header.add(question.slug);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ExportedResponse response : json(slug)) {
            List<String> row = new ArrayList<>(List.of(response.id().toString(), response.submittedOn().toString(),
                    response.channel().name()));
            for (SurveyQuestion question : survey.questions) {
                Object value = response.answers().get(question.slug);
                if (question.type == QuestionType.LOCATION) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> point = (Map<String, Object>) value;
                    row.add(point == null ? "" : point.get("lon").toString());
                    row.add(point == null ? "" : point.get("lat").toString());
                    row.add(point == null ? "" : question.label((String) point.get("category")));
                } else {
                    row.add(cell(question, value));
                }
            }
            rows.add(row);
        }
        return Csv.write(header, rows);
    }

    private static Object value(SurveyQuestion question, List<SurveyAnswer> rows) {
        SurveyAnswer first = rows.get(0);
        return switch (question.type) {
            case SINGLE_CHOICE -> first.optionKey;
            case MULTIPLE_CHOICE, RANKING -> rows.stream().map(a -> a.optionKey).toList();
            case SCALE -> first.numberValue;
            case FREE_TEXT -> first.textValue;
            case LOCATION -> Map.of("lon", first.longitude, "lat", first.latitude, "category", first.optionKey);
        };
    }

    private static String cell(SurveyQuestion question, Object value) {
        if (value == null) {
            return "";
        }
        return switch (question.type) {
            case SINGLE_CHOICE -> question.label((String) value);
            case MULTIPLE_CHOICE -> ((List<?>) value).stream().map(key -> question.label((String) key))
                    .collect(Collectors.joining("; "));
            case RANKING -> ((List<?>) value).stream().map(key -> question.label((String) key))
                    .collect(Collectors.joining(" > "));
            default -> value.toString();
        };
    }

    private List<SurveyResponseEntity> responses(UUID survey) {
        return entityManager.createQuery("from SurveyResponseEntity r where r.surveyId = :survey "
                + "order by r.submittedOn, r.id", SurveyResponseEntity.class).setParameter("survey", survey)
                .getResultList();
    }

    private Map<UUID, List<SurveyAnswer>> answersByResponse(UUID survey) {
        return entityManager.createQuery("select a from SurveyAnswer a, SurveyResponseEntity r "
                + "where r.id = a.responseId and r.surveyId = :survey", SurveyAnswer.class)
                .setParameter("survey", survey).getResultStream()
                .collect(Collectors.groupingBy(a -> a.responseId));
    }
}
