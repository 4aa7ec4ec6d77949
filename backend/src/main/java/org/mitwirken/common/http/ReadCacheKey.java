package org.mitwirken.common.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a cached answer depends on, and nothing else: the path, the query parameters the resource method reads
 * (sorted; others are ignored) and the media type it would answer the {@code Accept} header with. So neither made-up
 * parameters nor endless variants of {@code Accept} make new entries.
 */
final class ReadCacheKey {
    private static final Map<Method, Reading> READINGS = new ConcurrentHashMap<>();

    private ReadCacheKey() {
    }

    /** The parameters and media types of one resource method. */
    private record Reading(TreeSet<String> queryParameters, List<MediaType> produces) {
    }

    static String of(ContainerRequestContext request, Method method) {
        Reading reading = READINGS.computeIfAbsent(method, ReadCacheKey::reading);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        StringBuilder key = new StringBuilder(request.getUriInfo().getRequestUri().getRawPath()).append('?');
        for (String name : reading.queryParameters()) {
            List<String> values = query.get(name);
            if (values != null) {
                values.forEach(value -> key.append(name).append('=').append(value).append('&'));
            }
        }
        return key.append('|').append(negotiated(reading.produces(), request.getHeaderString(HttpHeaders.ACCEPT)))
                .toString();
    }

    /** The first type the method produces that the client accepts; the first it produces when none matches. */
    private static MediaType negotiated(List<MediaType> produces, String accept) {
        if (produces.size() > 1 && accept != null) {
            for (String part : accept.split(",")) {
                MediaType wanted = parse(part);
                for (MediaType offered : produces) {
                    if (wanted != null && !wanted.isWildcardType() && wanted.isCompatible(offered)) {
                        return offered;
                    }
                }
            }
        }
        return produces.isEmpty() ? MediaType.APPLICATION_JSON_TYPE : produces.get(0);
    }

    private static MediaType parse(String part) {
        try {
            return MediaType.valueOf(part.trim());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static Reading reading(Method method) {
        TreeSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, names);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                Class<?> bean = parameter.getType();
                Stream.concat(Stream.of(bean.getDeclaredFields()), Stream.of(bean.getDeclaredMethods()))
                        .forEach(member -> collect((AnnotatedElement) member, names));
                if (bean.isRecord()) {
                    Stream.of(bean.getRecordComponents()).forEach(component -> collect(component, names));
                }
            }
        }
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        List<MediaType> types = new ArrayList<>();
        if (produces != null) {
            Stream.of(produces.value()).flatMap(value -> Stream.of(value.split(",")))
                    .map(ReadCacheKey::parse).filter(type -> type != null).forEach(types::add);
        }
        return new Reading(names, types);
    }

    private static void collect(AnnotatedElement element, TreeSet<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
    }
}
