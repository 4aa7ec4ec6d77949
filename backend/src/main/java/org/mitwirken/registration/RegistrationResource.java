package org.mitwirken.registration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.export.Csv;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.privacy.SelfService;

@Path("/api/v1/formats/{slug}/registration")
@Tag(name = "Event registration")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService service;

    @GET
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getRegistration", summary = "Whether and how one can register for a format",
            description = "Seats left, the waiting list, the deadline and the questions; no personal data. "
                    + "`offered` is false where staff never opened registration.")
    public RegistrationState state(@PathParam("slug") String slug) {
        return service.state(slug);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "configureRegistration", summary = "Open, change or close registration (admins)",
            description = "More seats let the waiting list move up at once; each who moves up gets a mail. Fewer "
                    + "seats than taken send nobody away, they only stop new registrations.")
    public RegistrationState configure(@PathParam("slug") String slug,
            @NotNull @Valid RegistrationSettings settings) {
        return service.configure(slug, settings);
    }

    @POST
    @Path("/registrations")
    @SelfService
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "register", summary = "Register for an event",
            description = "A free seat gives CONFIRMED, else a free place on the waiting list WAITING; a mail says "
                    + "so (with the event as iCalendar file for a seat) and carries the cancellation link. One "
                    + "registration per address: registering it again answers its status and sends nothing. With a "
                    + "login, the registration is in the account's data export. Counts against the anonymous rate "
                    + "limit (429 + Retry-After).")
    @APIResponse(responseCode = "201", description = "Registered, with a seat or on the waiting list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationReceipt.class)))
    @APIResponse(responseCode = "409", description = "`registration-closed`: none offered, closed or past the "
            + "deadline; `event-full`: no seat and no place on the waiting list")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
    public Response register(@PathParam("slug") String slug, @NotNull @Valid RegistrationRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.register(slug, request)).build();
    }

    @GET
    @Path("/registrations")
    @RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
    @Operation(operationId = "listRegistrants", summary = "Who registered (staff)",
            description = "Seats first, then the waiting list, each in the order they came in.")
    public RegistrantPage registrants(@PathParam("slug") String slug, @Valid @BeanParam PageRequest paging) {
        return service.registrants(slug, paging);
    }

    @GET
    @Path("/registrations.csv")
    @RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
    @Produces("text/csv")
    @Operation(operationId = "exportRegistrants", summary = "Who registered, as CSV for the door (staff)",
            description = "UTF-8 with BOM, formula-safe; one column per question.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    public Response export(@PathParam("slug") String slug) {
        return Response.ok(service.csv(slug), Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-anmeldungen.csv\"").build();
    }

    @PUT
    @Path("/attendance")
    @RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAttendance", summary = "Record how many came (staff)",
            description = "Counted in the statistics as ATTENDANCE on the event's first day.")
    public RegistrationState attendance(@PathParam("slug") String slug, @NotNull @Valid AttendanceRequest request) {
        return service.recordAttendance(slug, request);
    }
}
