package org.mitwirken.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/processes/{slug}/feed.atom")
@Tag(name = "Calendars and feeds")
public class ProcessNewsResource {

    @Inject
    NewsFeed news;

    @GET
    @PermitAll
    @Produces(FeedAnswers.ATOM)
    @Operation(operationId = "getProcessNewsFeed", summary = "A process's news as an Atom feed",
            description = "RFC 4287, newest first: its published formats, their documents and the city's official "
                    + "responses to input from them; each entry's id is `urn:uuid:<id of the item>`, `updated` when "
                    + "the item last changed. With ETag; 404 while the process is not published.")
    @APIResponse(responseCode = "200", description = "An Atom feed", content = @Content(
            mediaType = FeedAnswers.ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@PathParam("slug") String slug, @Context Request request) {
        return FeedAnswers.of(news.ofProcess(slug), FeedAnswers.ATOM, request, null);
    }
}
