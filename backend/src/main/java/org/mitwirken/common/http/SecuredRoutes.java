package org.mitwirken.common.http;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which routes need a login, and with which roles, read from the resources' annotations at start. Content
 * negotiation runs before the security check of the matched method; this table lets a refusal for the body's or
 * answer's type (415, 406) be answered with 401 or 403 first, so the answer to a caller without the right login
 * never depends on the headers it sent.
 */
@ApplicationScoped
public class SecuredRoutes {
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    /** A route; roles null when it is public, empty when any login will do. */
    record Route(String method, Pattern path, int literalCharacters, Set<String> roles) {
    }

    private final List<Route> routes = new ArrayList<>();

    SecuredRoutes(BeanManager beans) {
        beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(Path.class)).distinct().forEach(this::add);
    }

    /** The roles a route needs ({@code Optional.of(empty set)}: any login), or empty when it needs none. */
    public Optional<Set<String>> requirement(String method, String path) {
        // As JAX-RS matches: the template with the most literal characters wins.
        return routes.stream().filter(route -> route.method().equals(method) && route.path().matcher(path).matches())
                .max(Comparator.comparingInt(Route::literalCharacters)).map(Route::roles);
    }

    /** The roles a resource method needs ({@code Optional.of(empty set)}: any login), or empty when it needs none. */
    public static Optional<Set<String>> requirement(Method method) {
        return method.isAnnotationPresent(PermitAll.class) ? Optional.empty()
                : roles(method).or(() -> roles(method.getDeclaringClass()));
    }

    private void add(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        for (Method method : resource.getMethods()) {
            String verb = verb(method);
            if (verb == null) {
                continue;
            }
            Set<String> roles = requirement(method).orElse(null);
            Path sub = method.getAnnotation(Path.class);
            String template = join(base, sub == null ? "" : sub.value());
            routes.add(new Route(verb, regex(template), TEMPLATE.matcher(template).replaceAll("").length(), roles));
        }
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static Optional<Set<String>> roles(AnnotatedElement element) {
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return Optional.of(Set.of(allowed.value()));
        }
        return element.isAnnotationPresent(Authenticated.class) ? Optional.of(Set.of()) : Optional.empty();
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE.matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())))
                    .append('(').append(Objects.requireNonNullElse(variable.group(1), "[^/]+")).append(')');
            last = variable.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).append("/?").toString());
    }
}
