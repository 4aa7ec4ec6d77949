package org.mitwirken.common.problem;

import jakarta.ws.rs.core.Response.Status;

/** The stable problem types clients can switch on; the URIs never change meaning. */
public enum ProblemType {
    MALFORMED_REQUEST(Status.BAD_REQUEST, "malformed-request", "The request body cannot be read"),
    VALIDATION_FAILED(Status.BAD_REQUEST, "validation-failed", "The request is not valid"),
    UNAUTHORIZED(Status.UNAUTHORIZED, "unauthorized", "Authentication is required"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "You are not allowed to do this"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable", "No acceptable representation"),
    CONFLICT(Status.CONFLICT, "conflict", "The request conflicts with the current state"),
    NOT_OPEN(Status.CONFLICT, "not-open", "Not open for input at this time"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(Status.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "service-unavailable", "The service is temporarily unavailable"),
    INTERNAL_ERROR(Status.INTERNAL_SERVER_ERROR, "internal-error", "An unexpected error occurred");

    private static final String BASE = "urn:mitwirken:problem:";

    private final Status status;
    private final String slug;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public Status status() {
        return status;
    }

    public String uri() {
        return uriOf(slug);
    }

    static String uriOf(String slug) {
        return BASE + slug;
    }

    public String title() {
        return title;
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
