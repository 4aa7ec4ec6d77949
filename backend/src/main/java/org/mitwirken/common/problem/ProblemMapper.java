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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@link #toProblem}, which looks through wrapper exceptions (transactions, CDI) for the cause that decides the status,
 * and says the problem's codes in the language the caller's {@code Accept-Language} asks for.
 */
public class ProblemMapper {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    SecuredRoutes securedRoutes;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri, HttpHeaders headers) {
        return toResponse(exception, uri, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException exception, UriInfo uri, HttpHeaders headers) {
        return toResponse(exception, uri, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Named one by one because quarkus-rest-jackson ships mappers for the specific classes, which would win. */
    @ServerExceptionMapper({ JsonProcessingException.class, UnrecognizedPropertyException.class,
            InvalidFormatException.class, MismatchedInputException.class, JsonParseException.class })
    public Response json(Exception exception, UriInfo uri, HttpHeaders headers) {
        return toResponse(exception, uri, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * 406 and 415 are decided while the route is matched, before the matched method's security check: a caller
     * without the login or role the route needs hears that first, whatever types it asked for or sent.
     */
    @ServerExceptionMapper({ NotAcceptableException.class, NotSupportedException.class })
    public Uni<Response> negotiation(WebApplicationException exception, ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String language = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        Optional<Set<String>> roles = securedRoutes.requirement(request.getMethod(), uri.getPath());
        if (roles.isEmpty()) {
            return Uni.createFrom().item(toResponse(exception, uri, language));
        }
        return identities.getDeferredIdentity().map(identity -> toResponse(
                identity.isAnonymous() ? new UnauthorizedException()
                        : roles.get().isEmpty() || roles.get().stream().anyMatch(identity::hasRole) ? exception
                        : new ForbiddenException(), uri, language));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception, UriInfo uri, HttpHeaders headers) {
        return toResponse(exception, uri, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException exception, UriInfo uri, HttpHeaders headers) {
        return toResponse(exception, uri, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri, HttpHeaders headers) {
        return toResponse(exception, uri, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri, HttpHeaders headers) {
        return toResponse(exception, uri, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The problem in the language the caller asked for (German unless English is asked for); the answer says which
     * and that it depends on the header, so a cache never hands one caller's language to another.
     */
    Response toResponse(Throwable exception, UriInfo uri, String acceptLanguage) {
        Locale language = ProblemMessages.negotiate(acceptLanguage);
        ProblemDetail problem = toProblem(exception, uri == null ? null : uri.getPath(), language);
        Response.ResponseBuilder response = Response.status(problem.status()).type(MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
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

    ProblemDetail toProblem(Throwable exception, String instance, Locale language) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Known problem = known(cause, instance);
            // A failed commit keeps the database's reason as a suppressed exception, not as its cause.
            for (Throwable suppressed : cause.getSuppressed()) {
                for (Throwable inner = suppressed; inner != null && problem == null; inner = inner.getCause()) {
                    problem = known(inner, instance);
                }
            }
            if (problem != null) {
                return said(problem, instance, language);
            }
        }
        LOG.error("Unexpected failure answering " + instance, exception);
        return said(new Known(new ProblemException(ProblemType.INTERNAL_ERROR)), instance, language);
    }

    /** A failure recognised as a problem, and the status to answer with where it is not the type's own. */
    private record Known(ProblemException problem, int status) {
        Known(ProblemException problem) {
            this(problem, problem.type().status().getStatusCode());
        }
    }

    private static ProblemDetail said(Known known, String instance, Locale language) {
        ProblemException p = known.problem();
        List<Violation> violations = p.violations() == null ? null : p.violations().stream()
                .map(v -> v.message() != null ? v : v.saying(ProblemMessages.violation(v.code(), v.arguments(),
                        language)))
                .toList();
        return new ProblemDetail(p.typeUri(), ProblemMessages.title(p.typeSlug(), p.type(), language), known.status(),
                ProblemMessages.detail(p.code(), p.arguments(), language), p.code(), p.arguments(), instance,
                violations);
    }

    private Known known(Throwable cause, String instance) {
        if (cause instanceof ProblemException p) {
            return new Known(p);
        }
        if (cause instanceof ConstraintViolationException c) {
            return new Known(new ValidationProblem(violations(c)));
        }
        if (cause instanceof JsonProcessingException j) {
            return new Known(jsonProblem(j));
        }
        if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
            return new Known(new ProblemException(ProblemType.UNAUTHORIZED));
        }
        if (cause instanceof ForbiddenException) {
            return new Known(new ProblemException(ProblemType.FORBIDDEN));
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return new Known(new ProblemException(ProblemType.CONFLICT, GeneralCode.CHANGED_MEANWHILE));
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException c) {
            return new Known(new ProblemException(ProblemType.CONFLICT, constraintCode(c)));
        }
        if (cause instanceof OIDCException) {
            LOG.warn("Login service unreachable answering " + instance + ": " + cause.getMessage());
            return new Known(new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    GeneralCode.LOGIN_SERVICE_UNREACHABLE));
        }
        if (Unavailability.ofDatabase(cause)) {
            LOG.warn("Database unavailable or too slow answering " + instance + ": " + cause.getMessage());
            return new Known(new ProblemException(ProblemType.SERVICE_UNAVAILABLE));
        }
        if (cause instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return new Known(new ProblemException(ProblemType.forStatus(w.getResponse().getStatus())),
                    w.getResponse().getStatus());
        }
        return null;
    }

    private static ProblemException jsonProblem(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException u) {
            return ValidationProblem.of(path(u), GeneralCode.UNKNOWN_FIELD, Map.of("accepted",
                    u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        }
        if (exception instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return ValidationProblem.of(path(f), GeneralCode.NUL_CHARACTER);
        }
        if (exception instanceof InvalidFormatException f && f.getTargetType().isEnum()) {
            return ValidationProblem.of(path(f), GeneralCode.ONE_OF, Map.of("allowed",
                    Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).toList()));
        }
        if (exception instanceof InvalidFormatException f) {
            return ValidationProblem.of(path(f), GeneralCode.WRONG_FORMAT, Map.of("value", String.valueOf(f.getValue()),
                    "expected", f.getTargetType().getSimpleName()));
        }
        if (exception instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return ValidationProblem.of(path(m), GeneralCode.WRONG_TYPE,
                    Map.of("expected", m.getTargetType().getSimpleName()));
        }
        return new ProblemException(ProblemType.MALFORMED_REQUEST);
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static List<Violation> violations(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(v -> ConstraintCodes.of(fieldOf(v), v))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::code))
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

    private static ProblemCode constraintCode(org.hibernate.exception.ConstraintViolationException exception) {
        String constraint = exception.getConstraintName() == null ? "" : exception.getConstraintName();
        if (constraint.contains("slug")) {
            return GeneralCode.SLUG_TAKEN;
        }
        if (constraint.contains("fkey") || constraint.startsWith("fk_")) {
            return GeneralCode.STILL_REFERENCED;
        }
        return ProblemType.CONFLICT;
    }
}
