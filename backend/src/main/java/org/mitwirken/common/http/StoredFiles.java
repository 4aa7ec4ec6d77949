package org.mitwirken.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A stored file (a document, a teaser image) as an answer: a strong ETag from its SHA-256, so a client that holds it
 * gets 304 without the bytes, and {@code nosniff}, so a browser takes it for nothing but its stored type.
 */
public final class StoredFiles {

    private StoredFiles() {
    }

    /** {@code headers} go with the bytes only (Content-Disposition, say); a 304 carries the ETag. */
    public static Response answer(Request request, String sha256, byte[] content, String contentType,
            Map<String, String> headers) {
        EntityTag etag = new EntityTag(sha256);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        Response.ResponseBuilder file = Response.ok(content, contentType).header("X-Content-Type-Options", "nosniff")
                .tag(etag);
        headers.forEach(file::header);
        return file.build();
    }
}
