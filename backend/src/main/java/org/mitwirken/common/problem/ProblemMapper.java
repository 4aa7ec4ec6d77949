package org.mitwirken.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mitwirken.common.http.SecuredRoutes;
import org.mitwirken.common.ratelimit.AnonymousWriteLimiter;

/**
 * The one place where failures become RFC 9457 problem documents. Every mapper method delegates to
 * {@link #toProblem}, which looks through wrapper exceptions (transactions, CDI) for the cause that decides the status.
 */
public class ProblemMapper {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    SecuredRoutes securedRoutes;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        return toResponse(exception, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException exception, UriInfo uri) {
        return toResponse(exception, uri);
    }

    /** Named one by one because quarkus-rest-jackson ships mappers for the specific classes, which would win. */
    @ServerExceptionMapper({ JsonProcessingException.class, UnrecognizedPropertyException.class,
            InvalidFormatException.class, MismatchedInputException.class, JsonParseException.class })
    public Response json(Exception exception, UriInfo uri) {
        return toResponse(exception, uri);
    }

    /**
     * 406 and 415 are decided while the route is matched, before the matched method's security check: a caller
     * without the login or role the route needs hears that first, whatever types it asked for or sent.
     */
    @ServerExceptionMapper({ NotAcceptableException.class, NotSupportedException.class })
    public Uni<Response> negotiation(WebApplicationException exception, ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        Optional<Set<String>> roles = securedRoutes.requirement(request.getMethod(), uri.getPath());
        if (roles.isEmpty()) {
            return Uni.createFrom().item(toResponse(exception, uri));
        }
        return identities.getDeferredIdentity().map(identity -> toResponse(
                identity.isAnonymous() ? new UnauthorizedException()
                        : roles.get().isEmpty() || roles.get().stream().anyMatch(identity::hasRole) ? exception
                        : new ForbiddenException(), uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception, UriInfo uri) {
        return toResponse(exception, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        return toResponse(exception, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return toResponse(exception, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        return toResponse(exception, uri);
    }

    Response toResponse(Throwable exception, UriInfo uri) {
        ProblemDetail problem = toProblem(exception, uri == null ? null : uri.getPath());
        Response.ResponseBuilder response = Response.status(problem.status()).type(MEDIA_TYPE).entity(problem);
        if (exception instanceof AnonymousWriteLimiter.RateLimited limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.build();
    }

    ProblemDetail toProblem(Throwable exception, String instance) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            ProblemDetail problem = known(cause, instance);
            // A failed commit keeps the database's reason as a suppressed exception, not as its cause.
            for (Throwable suppressed : cause.getSuppressed()) {
                for (Throwable inner = suppressed; inner != null && problem == null; inner = inner.getCause()) {
                    problem = known(inner, instance);
                }
            }
            if (problem != null) {
                return problem;
            }
        }
        LOG.error("Unexpected failure answering " + instance, exception);
        return problem(ProblemType.INTERNAL_ERROR, "The server could not complete the request.", instance, null);
    }

    private ProblemDetail known(Throwable cause, String instance) {
        if (cause instanceof ProblemException p) {
            return new ProblemDetail(p.typeUri(), p.title(), p.type().status().getStatusCode(), p.getMessage(),
                    instance, p.violations());
        }
        if (cause instanceof ConstraintViolationException c) {
            return problem(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", instance, violations(c));
        }
        if (cause instanceof JsonProcessingException j) {
            return jsonProblem(j, instance);
        }
        if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
            return problem(ProblemType.UNAUTHORIZED, "A valid bearer token is required.", instance, null);
        }
        if (cause instanceof ForbiddenException) {
            return problem(ProblemType.FORBIDDEN, "Your role does not allow this operation.", instance, null);
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return problem(ProblemType.CONFLICT, "Someone else changed this item meanwhile; reload and retry.",
                    instance, null);
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException c) {
            return problem(ProblemType.CONFLICT, constraintDetail(c), instance, null);
        }
        if (cause instanceof OIDCException) {
            LOG.warn("Login service unreachable answering " + instance + ": " + cause.getMessage());
            return problem(ProblemType.SERVICE_UNAVAILABLE,
                    "The login service cannot be reached; reading and anonymous participation still work.", instance, null);
        }
        if (Unavailability.ofDatabase(cause)) {
            LOG.warn("Database unavailable or too slow answering " + instance + ": " + cause.getMessage());
            return problem(ProblemType.SERVICE_UNAVAILABLE, "The service is briefly unavailable; try again shortly.",
                    instance, null);
        }
        if (cause instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            ProblemType type = ProblemType.forStatus(w.getResponse().getStatus());
            return problem(type, type.title(), instance, null, w.getResponse().getStatus());
        }
        return null;
    }

    private static ProblemDetail jsonProblem(JsonProcessingException exception, String instance) {
        if (exception instanceof UnrecognizedPropertyException u) {
            return problem(ProblemType.VALIDATION_FAILED, "The request contains a field this operation does not accept",
                    instance, List.of(new Violation(path(u), "unknown field; accepted: " + u.getKnownPropertyIds().stream()
                            .map(Object::toString).sorted().collect(Collectors.joining(", ")))));
        }
        if (exception instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return problem(ProblemType.VALIDATION_FAILED, "A field has a value of the wrong form", instance,
                    List.of(new Violation(path(f), "must not contain a NUL character")));
        }
        if (exception instanceof InvalidFormatException f) {
            return problem(ProblemType.VALIDATION_FAILED, "A field has a value of the wrong form", instance,
                    List.of(new Violation(path(f), "cannot read '" + f.getValue() + "' as "
                            + f.getTargetType().getSimpleName() + allowedValues(f.getTargetType()))));
        }
        if (exception instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return problem(ProblemType.VALIDATION_FAILED, "A field has a value of the wrong type", instance,
                    List.of(new Violation(path(m), "expected " + m.getTargetType().getSimpleName())));
        }
        return problem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON of the expected shape.", instance,
                null);
    }

    private static String allowedValues(Class<?> type) {
        if (!type.isEnum()) {
            return "";
        }
        return "; allowed: " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static List<Violation> violations(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    /** Drops the Java method and parameter names so the field reads as the client wrote it. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterName = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    field.append(field.length() > 0 ? "." : "").append(node.getName());
                }
            }
        }
        if (field.length() == 0) {
            return parameterName == null ? "body" : parameterName;
        }
        return field.toString();
    }

    private static String constraintDetail(org.hibernate.exception.ConstraintViolationException exception) {
        String constraint = exception.getConstraintName() == null ? "" : exception.getConstraintName();
        if (constraint.contains("slug")) {
            return "An item with this slug exists already.";
        }
        if (constraint.contains("fkey") || constraint.startsWith("fk_")) {
            return "Other items still refer to this one; remove or move them first.";
        }
        return "The change conflicts with stored data.";
    }

    private static ProblemDetail problem(ProblemType type, String detail, String instance, List<Violation> violations) {
        return problem(type, detail, instance, violations, type.status().getStatusCode());
    }

    private static ProblemDetail problem(ProblemType type, String detail, String instance, List<Violation> violations,
            int status) {
        return new ProblemDetail(type.uri(), type.title(), status, detail, instance, violations);
    }
}
