package org.mitwirken.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Problem documents are the error format of every operation, never a success representation. Generated clients send
 * an {@code Accept} of only {@code application/problem+json} to operations without a JSON body (204s, downloads, the
 * live stream), and a deletion returns no representation at all. Both are answered as if no {@code Accept} had been
 * sent, which RFC 9110 (12.5.1) allows, instead of with a 406; every other {@code Accept} is negotiated as sent.
 */
public class AcceptNegotiation {
    static final String PROBLEM = "application/problem+json";

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void disregardProblemOnlyAccept(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && (HttpMethod.DELETE.equals(request.method().name()) || onlyProblems(accept))) {
            request.headers().remove(HttpHeaders.ACCEPT);
        }
    }

    static boolean onlyProblems(String accept) {
        return Arrays.stream(accept.split(",")).map(range -> range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .filter(type -> !type.isEmpty()).allMatch(PROBLEM::equals);
    }
}
