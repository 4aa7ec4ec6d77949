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
import org.mitwirken.calendar.CalendarService.Calendar;

@Path("/api/v1/processes/{slug}/calendar.ics")
@Tag(name = "Calendars and feeds")
public class ProcessCalendarResource {

    @Inject
    CalendarService calendars;

    @GET
    @PermitAll
    @Produces(FeedAnswers.CALENDAR)
    @Operation(operationId = "getProcessCalendar", summary = "Every published format of a process as an iCalendar feed",
            description = "The events of `getFormatCalendar` for each format of the process the public may see, "
                    + "to download or subscribe to. With ETag; 404 while the process is not published.")
    @APIResponse(responseCode = "200", description = "An iCalendar file", content = @Content(
            mediaType = FeedAnswers.CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@PathParam("slug") String slug, @Context Request request) {
        Calendar calendar = calendars.ofProcess(slug);
        return FeedAnswers.of(calendar.content(), FeedAnswers.CALENDAR, request, calendar.fileName());
    }
}
