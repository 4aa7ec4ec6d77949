package org.mitwirken.calendar;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.mitwirken.common.Hashes;

/**
 * Calendars and feeds are polled by calendar apps and feed readers: each answer carries an ETag of its bytes, and a
 * client that holds them gets a 304. Cache-Control comes from the API's one caching rule.
 */
final class FeedAnswers {
    static final String CALENDAR = "text/calendar";
    static final String ATOM = "application/atom+xml";

    private FeedAnswers() {
    }

    static Response of(byte[] body, String mediaType, Request request, String attachmentName) {
        EntityTag etag = new EntityTag(Hashes.sha256Hex(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        Response.ResponseBuilder answer = Response.ok(body, mediaType + "; charset=utf-8").tag(etag);
        if (attachmentName != null) {
            answer.header("Content-Disposition", "attachment; filename=\"" + attachmentName + "\"");
        }
        return answer.build();
    }
}
