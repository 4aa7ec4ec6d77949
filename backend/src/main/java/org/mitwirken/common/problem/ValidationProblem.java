package org.mitwirken.common.problem;

import java.util.List;

/** A rule that Bean Validation cannot express (e.g. across fields) was broken. */
public class ValidationProblem extends ProblemException {

    public ValidationProblem(List<Violation> violations) {
        super(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", violations);
    }

    public static ValidationProblem of(String field, String message) {
        return new ValidationProblem(List.of(new Violation(field, message)));
    }
}
