package org.mitwirken.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ValidationProblem;

/**
 * A NUL character is never part of a name, slug or filter, and PostgreSQL refuses it in text: a path or query with
 * one is refused with 400 before anything is looked up, rather than failing in the database.
 */
public class NulCharacterFilter {

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void refuseNul(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        if (raw.toLowerCase(Locale.ROOT).contains("%00")) {
            throw ValidationProblem.of("path", GeneralCode.NUL_CHARACTER);
        }
    }
}
