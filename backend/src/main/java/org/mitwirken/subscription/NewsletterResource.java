package org.mitwirken.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.paging.PageRequest;

@Path("/api/v1/processes/{slug}/newsletters")
@Tag(name = "Newsletters", description = "Staff write to the confirmed followers of a process")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class NewsletterResource {

    @Inject
    NewsletterService service;

    @GET
    @Operation(operationId = "listNewsletters", summary = "The newsletters sent for a process, newest first")
    @APIResponse(responseCode = "200", description = "One page of them", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsletterPage.class)))
    @APIResponse(responseCode = "404", description = "No such process, or a draft (drafts have no followers)")
    public NewsletterPage list(@PathParam("slug") String slug, @Valid @BeanParam PageRequest paging) {
        return service.list(slug, paging);
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewNewsletter", summary = "The mail as a follower will read it; nothing is sent")
    public NewsletterPreview preview(@PathParam("slug") String slug, @NotNull @Valid NewsletterRequest request) {
        return service.preview(slug, request);
    }

    @POST
    @Path("/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "testNewsletter", summary = "Send the newsletter only to one's own address",
            description = "The address is the login's (token claim `email`).")
    @APIResponse(responseCode = "202", description = "On its way to the staff member's own address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NewsletterTestSent.class)))
    @APIResponse(responseCode = "409", description = "`no-address-for-test`: the login has no e-mail address")
    public Response test(@PathParam("slug") String slug, @NotNull @Valid NewsletterRequest request) {
        return Response.accepted(service.sendTest(slug, request)).build();
    }

    @POST
    @Path("/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendNewsletter",
            summary = "Send the newsletter to every confirmed follower of the process",
            description = "One mail per address, with a one-click unsubscribe. The same subject and text are sent "
                    + "once per process.")
    @APIResponse(responseCode = "201", description = "Sent (the mails are in the outbox) and recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NewsletterResponse.class)))
    @APIResponse(responseCode = "409", description = "`newsletter-sent-already`: this newsletter went out before")
    public Response send(@PathParam("slug") String slug, @NotNull @Valid NewsletterRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.send(slug, request)).build();
    }
}
