package org.mitwirken.common.problem;

import jakarta.ws.rs.core.Response.Status;

/**
 * The stable problem types clients can switch on; the URIs never change meaning. Each type's code is also the
 * last part of its URI ({@code urn:mitwirken:problem:not-found}); its title ({@code title.<code>}) and general detail
 * ({@code <code>}) are in the {@code ProblemMessages} bundles.
 */
public enum ProblemType implements ProblemCode {
    MALFORMED_REQUEST(Status.BAD_REQUEST),
    VALIDATION_FAILED(Status.BAD_REQUEST),
    UNAUTHORIZED(Status.UNAUTHORIZED),
    FORBIDDEN(Status.FORBIDDEN),
    NOT_FOUND(Status.NOT_FOUND),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE),
    CONFLICT(Status.CONFLICT),
    NOT_OPEN(Status.CONFLICT),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE),
    TOO_MANY_REQUESTS(Status.TOO_MANY_REQUESTS),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR(Status.INTERNAL_SERVER_ERROR);

    private static final String BASE = "urn:mitwirken:problem:";

    private final Status status;

    ProblemType(Status status) {
        this.status = status;
    }

    public Status status() {
        return status;
    }

    static String uriOf(String slug) {
        return BASE + slug;
    }

    /** The first type with this status, so a bare 400 counts as malformed rather than as a field violation. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.getStatusCode() == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
