package org.mitwirken.survey;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.problem.Violation;

/** What makes a question well-formed, and which changes keep existing answers valid. */
final class QuestionRules {
    private QuestionRules() {
    }

    static void check(QuestionRequest question, String path, List<Violation> violations) {
        List<ChoiceOption> options = question.options() == null ? List.of() : question.options();
        if (question.type().hasOptions()) {
            if (options.size() < 2) {
                violations.add(new Violation(path + ".options", "needs at least 2 options for " + question.type()));
            }
            Set<String> keys = options.stream().map(ChoiceOption::key).collect(Collectors.toSet());
            if (keys.size() != options.size()) {
                violations.add(new Violation(path + ".options", "option keys must differ"));
            }
        } else if (!options.isEmpty()) {
            violations.add(new Violation(path + ".options", "do not apply to " + question.type()));
        }
        if (question.type() == QuestionType.SCALE) {
            if (question.scale() == null) {
                violations.add(new Violation(path + ".scale", "is required for SCALE"));
            } else if (question.scale().min() >= question.scale().max()) {
                violations.add(new Violation(path + ".scale.max", "must be greater than min"));
            }
        } else if (question.scale() != null) {
            violations.add(new Violation(path + ".scale", "applies to SCALE only"));
        }
        if (question.maxLength() != null && question.type() != QuestionType.FREE_TEXT) {
            violations.add(new Violation(path + ".maxLength", "applies to FREE_TEXT only"));
        }
    }

    /** With responses: no question removed, no type or scale changed, no option removed, new questions optional. */
    static void checkCompatible(Map<String, SurveyQuestion> current, List<QuestionRequest> requested,
            List<Violation> violations) {
        Set<String> kept = requested.stream().map(QuestionRules::slugOf).collect(Collectors.toSet());
        current.keySet().stream().filter(slug -> !kept.contains(slug)).sorted().forEach(slug -> violations.add(
                new Violation("questions", "question '" + slug + "' has answers and cannot be removed")));
        for (int i = 0; i < requested.size(); i++) {
            QuestionRequest question = requested.get(i);
            String path = "questions[" + i + "]";
            SurveyQuestion existing = current.get(slugOf(question));
            if (existing == null) {
                if (question.required()) {
                    violations.add(new Violation(path + ".required", "a question added after responses came in "
                            + "must be optional"));
                }
                continue;
            }
            if (existing.type != question.type()) {
                violations.add(new Violation(path + ".type", "cannot change once responses exist"));
                continue;
            }
            if (question.required() && !existing.required) {
                violations.add(new Violation(path + ".required", "cannot become required once responses exist"));
            }
            Set<String> keys = question.options() == null ? Set.of()
                    : question.options().stream().map(ChoiceOption::key).collect(Collectors.toSet());
            existing.options.stream().map(ChoiceOption::key).filter(key -> !keys.contains(key)).forEach(key ->
                    violations.add(new Violation(path + ".options", "option '" + key + "' has answers and cannot "
                            + "be removed")));
            if (existing.type == QuestionType.RANKING && keys.size() != existing.options.size()) {
                violations.add(new Violation(path + ".options", "a ranking's items cannot change once responses "
                        + "exist"));
            }
            if (question.scale() != null && existing.type == QuestionType.SCALE
                    && (!question.scale().min().equals(existing.scaleMin)
                            || !question.scale().max().equals(existing.scaleMax))) {
                violations.add(new Violation(path + ".scale", "the range cannot change once responses exist"));
            }
            if (existing.type == QuestionType.FREE_TEXT && question.maxLength() != null
                    && question.maxLength() < existing.maxLength) {
                violations.add(new Violation(path + ".maxLength", "cannot shrink once responses exist"));
            }
        }
    }

    private static String slugOf(QuestionRequest question) {
        return question.slug() != null ? question.slug() : Slugs.fromTitle(question.title());
    }
}
