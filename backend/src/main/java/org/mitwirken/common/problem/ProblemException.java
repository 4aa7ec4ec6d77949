package org.mitwirken.common.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services for a client-caused failure; the single mapper turns it into problem+json. It carries no text:
 * the code of its detail and the code's arguments, said in the caller's language by {@link ProblemMapper}.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final Refinement refinement;
    private final ProblemCode code;
    private final Map<String, Object> arguments;
    private final List<Violation> violations;

    /**
     * A narrower kind of a problem type that clients can switch on, e.g. "the on-site code has expired" within 403:
     * its own stable type URI and title (in the bundles as {@code title.<slug>}); status and everything else come
     * from the broader type.
     */
    public record Refinement(String slug) {
        public Refinement(ProblemCode code) {
            this(code.code());
        }
    }

    /** A problem whose detail is the type's own, general one. */
    public ProblemException(ProblemType type) {
        this(type, null, type, Map.of(), null);
    }

    public ProblemException(ProblemType type, ProblemCode code) {
        this(type, null, code, Map.of(), null);
    }

    public ProblemException(ProblemType type, ProblemCode code, Map<String, ?> arguments) {
        this(type, null, code, arguments, null);
    }

    public ProblemException(ProblemType type, Refinement refinement, ProblemCode code, Map<String, ?> arguments) {
        this(type, refinement, code, arguments, null);
    }

    protected ProblemException(ProblemType type, ProblemCode code, List<Violation> violations) {
        this(type, null, code, Map.of(), violations);
    }

    private ProblemException(ProblemType type, Refinement refinement, ProblemCode code, Map<String, ?> arguments,
            List<Violation> violations) {
        super(code.code() + (arguments.isEmpty() ? "" : " " + arguments));
        this.type = type;
        this.refinement = refinement;
        this.code = code;
        this.arguments = Arguments.of(arguments);
        this.violations = violations;
    }

    /** The stable type URI: the refinement's where there is one. */
    public String typeUri() {
        return ProblemType.uriOf(typeSlug());
    }

    /** The last part of the type URI, which also names the title in the bundles. */
    String typeSlug() {
        return refinement == null ? type.code() : refinement.slug();
    }

    public ProblemType type() {
        return type;
    }

    public String code() {
        return code.code();
    }

    public Map<String, Object> arguments() {
        return arguments;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Nothing has this key (a slug or id), or the caller may not see it. */
    public static ProblemException notFound(String key) {
        return new ProblemException(ProblemType.NOT_FOUND, GeneralCode.NO_SUCH_ITEM, Map.of("key", key));
    }

    public static ProblemException conflict(ProblemCode code, Map<String, ?> arguments) {
        return new ProblemException(ProblemType.CONFLICT, code, arguments);
    }
}
