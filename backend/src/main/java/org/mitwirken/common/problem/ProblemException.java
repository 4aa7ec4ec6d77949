package org.mitwirken.common.problem;

import java.util.List;

/** Thrown by services for a client-caused failure; the single mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final Refinement refinement;
    private final List<Violation> violations;

    /**
     * A narrower kind of a problem type that clients can switch on, e.g. "the on-site code has expired" within 403:
     * its own stable type URI and title; status and everything else come from the broader type.
     */
    public record Refinement(String slug, String title) {
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, null, detail, null);
    }

    public ProblemException(ProblemType type, Refinement refinement, String detail) {
        this(type, refinement, detail, null);
    }

    protected ProblemException(ProblemType type, String detail, List<Violation> violations) {
        this(type, null, detail, violations);
    }

    private ProblemException(ProblemType type, Refinement refinement, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.refinement = refinement;
        this.violations = violations;
    }

    /** The stable type URI: the refinement's where there is one. */
    public String typeUri() {
        return refinement == null ? type.uri() : ProblemType.uriOf(refinement.slug());
    }

    public String title() {
        return refinement == null ? type.title() : refinement.title();
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }

    public static ProblemException notFound(String what, String key) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " '" + key + "' does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }
}
