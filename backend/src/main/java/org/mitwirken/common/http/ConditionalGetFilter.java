package org.mitwirken.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful JSON read an ETag computed from the exact bytes sent, and answers 304 when the client
 * already holds them. Responses to authenticated callers may contain drafts, so shared caches must not keep them.
 */
public class ConditionalGetFilter {

    @Inject
    ObjectMapper mapper;

    @ServerResponseFilter
    public void addEtag(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || !isJson(response.getMediaType()) || response.getEntity() instanceof byte[]
                || response.getEntity() instanceof StreamingOutput) {
            return;
        }
        byte[] body = mapper.writeValueAsBytes(response.getEntity());
        EntityTag etag = etagOf(body);
        MediaType type = response.getMediaType().withCharset("UTF-8");
        request.setProperty(BODY_PROPERTY, body);
        request.setProperty(TYPE_PROPERTY, type);
        boolean personal = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, personal ? "private, no-cache" : "public, no-cache");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusInfo(Response.Status.NOT_MODIFIED);
            response.setEntity(null);
        } else {
            response.setEntity(body, null, type);
        }
    }

    /** JSON and the JSON-based types such as GeoJSON ({@code application/geo+json}). */
    private static boolean isJson(MediaType type) {
        return type != null && "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    /** The bytes of a JSON read, also when the answer became a 304, for {@link PublicReadCache}. */
    static final String BODY_PROPERTY = ConditionalGetFilter.class.getName() + ".body";
    static final String TYPE_PROPERTY = ConditionalGetFilter.class.getName() + ".type";

    static EntityTag etagOf(byte[] body) {
        return new EntityTag(digest(body));
    }

    /** What every public answer carries: revalidate before reuse, and vary by whether a token was sent. */
    static Response.ResponseBuilder publicHeaders(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "public, no-cache").header(HttpHeaders.VARY,
                HttpHeaders.AUTHORIZATION);
    }

    static boolean matches(String ifNoneMatch, EntityTag etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*") || value.replaceFirst("^W/", "").equals("\"" + etag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
