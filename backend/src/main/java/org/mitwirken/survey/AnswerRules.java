package org.mitwirken.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.mitwirken.common.geo.CityBounds;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.Violation;

/** Checks one answer against its question and turns it into answer rows. */
final class AnswerRules {
    private AnswerRules() {
    }

    static boolean isEmpty(SubmissionRequest.Answer answer) {
        return answer == null || Stream.of(answer.choice(), answer.choices(), answer.value(), answer.text(),
                answer.ranking(), answer.location(), answer.category()).allMatch(Objects::isNull);
    }

    /** Adds violations under {@code path}; returns the rows to store when the answer is valid. */
    static List<SurveyAnswer> rows(SurveyQuestion question, SubmissionRequest.Answer answer, String path,
            CityBounds city, List<Violation> violations) {
        int before = violations.size();
        List<SurveyAnswer> rows = new ArrayList<>();
        switch (question.type) {
            case SINGLE_CHOICE -> {
                if (option(question, answer.choice(), path + ".choice", violations)) {
                    rows.add(row(question, a -> a.optionKey = answer.choice()));
                }
            }
            case MULTIPLE_CHOICE -> {
                List<String> choices = answer.choices();
                if (choices == null || choices.isEmpty()) {
                    violations.add(new Violation(path + ".choices", SurveyCode.CHOOSE_AN_OPTION));
                } else {
                    distinctOptions(question, choices, path + ".choices", violations);
                    choices.forEach(key -> rows.add(row(question, a -> a.optionKey = key)));
                }
            }
            case SCALE -> {
                Integer value = answer.value();
                if (value == null || value < question.scaleMin || value > question.scaleMax) {
                    violations.add(new Violation(path + ".value", GeneralCode.WHOLE_NUMBER,
                            Map.of("min", question.scaleMin, "max", question.scaleMax)));
                } else {
                    rows.add(row(question, a -> a.numberValue = value));
                }
            }
            case FREE_TEXT -> {
                String text = answer.text() == null ? null : answer.text().strip();
                if (text == null || text.isEmpty()) {
                    violations.add(new Violation(path + ".text", GeneralCode.REQUIRED));
                } else if (text.length() > question.maxLength) {
                    violations.add(new Violation(path + ".text", GeneralCode.TOO_LONG,
                            Map.of("max", question.maxLength)));
                } else {
                    rows.add(row(question, a -> {
                        a.textValue = text;
                        a.textState = FreeTextState.PENDING;
                    }));
                }
            }
            case RANKING -> {
                List<String> ranking = answer.ranking();
                if (ranking == null || ranking.size() != question.options.size()) {
                    violations.add(new Violation(path + ".ranking", SurveyCode.RANK_ALL,
                            Map.of("count", question.options.size())));
                } else {
                    distinctOptions(question, ranking, path + ".ranking", violations);
                    for (int i = 0; i < ranking.size(); i++) {
                        int rank = i + 1;
                        String key = ranking.get(i);
                        rows.add(row(question, a -> {
                            a.optionKey = key;
                            a.rank = rank;
                        }));
                    }
                }
            }
            case LOCATION -> {
                if (answer.location() == null) {
                    violations.add(new Violation(path + ".location", GeneralCode.REQUIRED));
                } else if (!city.contains(answer.location())) {
                    violations.add(city.outside(path + ".location"));
                }
                if (option(question, answer.category(), path + ".category", violations)
                        && answer.location() != null) {
                    rows.add(row(question, a -> {
                        a.optionKey = answer.category();
                        a.longitude = answer.location().lon();
                        a.latitude = answer.location().lat();
                    }));
                }
            }
        }
        return violations.size() == before ? rows : List.of();
    }

    private static boolean option(SurveyQuestion question, String key, String path, List<Violation> violations) {
        if (key == null) {
            violations.add(new Violation(path, SurveyCode.CHOOSE_AN_OPTION));
            return false;
        }
        if (!question.hasOption(key)) {
            violations.add(new Violation(path, SurveyCode.NOT_AN_OPTION, Map.of("value", key)));
            return false;
        }
        return true;
    }

    private static void distinctOptions(SurveyQuestion question, List<String> keys, String path,
            List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!question.hasOption(keys.get(i))) {
                violations.add(new Violation(path + "[" + i + "]", SurveyCode.NOT_AN_OPTION,
                        Map.of("value", keys.get(i))));
            } else if (!seen.add(keys.get(i))) {
                violations.add(new Violation(path + "[" + i + "]", GeneralCode.DUPLICATE,
                        Map.of("value", keys.get(i))));
            }
        }
    }

    private static SurveyAnswer row(SurveyQuestion question, java.util.function.Consumer<SurveyAnswer> fill) {
        SurveyAnswer answer = new SurveyAnswer();
        answer.questionId = question.id;
        fill.accept(answer);
        return answer;
    }
}
