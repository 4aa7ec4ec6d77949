package org.mitwirken.common.problem;

import java.util.List;
import java.util.Map;

/** A rule that Bean Validation cannot express (e.g. across fields) was broken. */
public class ValidationProblem extends ProblemException {

    public ValidationProblem(List<Violation> violations) {
        super(ProblemType.VALIDATION_FAILED, ProblemType.VALIDATION_FAILED, violations);
    }

    public static ValidationProblem of(String field, ProblemCode code) {
        return new ValidationProblem(List.of(new Violation(field, code)));
    }

    public static ValidationProblem of(String field, ProblemCode code, Map<String, ?> arguments) {
        return new ValidationProblem(List.of(new Violation(field, code, arguments)));
    }
}
