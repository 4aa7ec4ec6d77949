package org.mitwirken.common.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds the headers of {@link Sunset} to every answer of an operation that carries it, errors included. */
public class DeprecationHeaders {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);

    @ServerResponseFilter
    public void announce(ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Sunset sunset = method == null ? null : method.getAnnotation(Sunset.class);
        if (sunset == null) {
            return;
        }
        response.getHeaders().putSingle("Deprecation", "@" + LocalDate.parse(sunset.deprecatedOn())
                .atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        response.getHeaders().putSingle("Sunset", HTTP_DATE.format(LocalDate.parse(sunset.sunsetOn())
                .atStartOfDay(ZoneOffset.UTC)));
        response.getHeaders().add("Link", "<" + sunset.link() + ">; rel=\"deprecation\"");
    }
}
