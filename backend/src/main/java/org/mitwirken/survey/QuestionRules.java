package org.mitwirken.survey;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.Violation;

/** What makes a question well-formed, and which changes keep existing answers valid. */
final class QuestionRules {
    private QuestionRules() {
    }

    static void check(QuestionRequest question, String path, List<Violation> violations) {
        List<ChoiceOption> options = question.options() == null ? List.of() : question.options();
        if (question.type().hasOptions()) {
            if (options.size() < 2) {
                violations.add(new Violation(path + ".options", GeneralCode.TOO_FEW, Map.of("min", 2)));
            }
            Set<String> keys = options.stream().map(ChoiceOption::key).collect(Collectors.toSet());
            if (keys.size() != options.size()) {
                violations.add(new Violation(path + ".options", GeneralCode.DUPLICATE));
            }
        } else if (!options.isEmpty()) {
            violations.add(new Violation(path + ".options", SurveyCode.NOT_FOR_TYPE, Map.of("type", question.type())));
        }
        if (question.type() == QuestionType.SCALE) {
            if (question.scale() == null) {
                violations.add(new Violation(path + ".scale", GeneralCode.REQUIRED));
            } else if (question.scale().min() >= question.scale().max()) {
                violations.add(new Violation(path + ".scale.max", GeneralCode.TOO_SMALL,
                        Map.of("min", question.scale().min() + 1)));
            }
        } else if (question.scale() != null) {
            violations.add(new Violation(path + ".scale", SurveyCode.NOT_FOR_TYPE, Map.of("type", question.type())));
        }
        if (question.maxLength() != null && question.type() != QuestionType.FREE_TEXT) {
            violations.add(new Violation(path + ".maxLength", SurveyCode.NOT_FOR_TYPE,
                    Map.of("type", question.type())));
        }
    }

    /** With responses: no question removed, no type or scale changed, no option removed, new questions optional. */
    static void checkCompatible(Map<String, SurveyQuestion> current, List<QuestionRequest> requested,
            List<Violation> violations) {
        Set<String> kept = requested.stream().map(QuestionRules::slugOf).collect(Collectors.toSet());
        current.keySet().stream().filter(slug -> !kept.contains(slug)).sorted().forEach(slug -> violations.add(
                new Violation("questions", SurveyCode.ANSWERED_CANNOT_GO, Map.of("value", slug))));
        for (int i = 0; i < requested.size(); i++) {
            QuestionRequest question = requested.get(i);
            String path = "questions[" + i + "]";
            SurveyQuestion existing = current.get(slugOf(question));
            if (existing == null) {
                if (question.required()) {
                    violations.add(new Violation(path + ".required", SurveyCode.ADDED_MUST_BE_OPTIONAL));
                }
                continue;
            }
            if (existing.type != question.type()) {
                violations.add(new Violation(path + ".type", SurveyCode.FIXED_ONCE_ANSWERED));
                continue;
            }
            if (question.required() && !existing.required) {
                violations.add(new Violation(path + ".required", SurveyCode.FIXED_ONCE_ANSWERED));
            }
            Set<String> keys = question.options() == null ? Set.of()
                    : question.options().stream().map(ChoiceOption::key).collect(Collectors.toSet());
            existing.options.stream().map(ChoiceOption::key).filter(key -> !keys.contains(key)).forEach(key ->
                    violations.add(new Violation(path + ".options", SurveyCode.ANSWERED_CANNOT_GO,
                            Map.of("value", key))));
            if (existing.type == QuestionType.RANKING && keys.size() != existing.options.size()) {
                violations.add(new Violation(path + ".options", SurveyCode.FIXED_ONCE_ANSWERED));
            }
            if (question.scale() != null && existing.type == QuestionType.SCALE
                    && (!question.scale().min().equals(existing.scaleMin)
                            || !question.scale().max().equals(existing.scaleMax))) {
                violations.add(new Violation(path + ".scale", SurveyCode.FIXED_ONCE_ANSWERED));
            }
            if (existing.type == QuestionType.FREE_TEXT && question.maxLength() != null
                    && question.maxLength() < existing.maxLength) {
                violations.add(new Violation(path + ".maxLength", SurveyCode.CANNOT_SHRINK));
            }
        }
    }

    private static String slugOf(QuestionRequest question) {
        return question.slug() != null ? question.slug() : Slugs.fromTitle(question.title());
    }
}
