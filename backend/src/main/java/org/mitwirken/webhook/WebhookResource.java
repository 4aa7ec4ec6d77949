package org.mitwirken.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.outbox.Delivery;
import org.mitwirken.outbox.DeliveryPage;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Registered apps learn of public changes by signed POSTs (docs/api.md)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    WebhookService service;

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks, oldest first")
    public WebhookPage list(@Valid @BeanParam PageRequest paging) {
        return service.list(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook (without its secret)")
    public WebhookResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook for an app",
            description = "The answer holds the signing secret, shown this once.")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookSecret.class)))
    public Response create(@NotNull @Valid WebhookRequest request, @Context UriInfo uri) {
        WebhookSecret created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.webhook().id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook's URL, event types or state",
            description = "Needs `version`.")
    public WebhookResponse update(@PathParam("id") UUID id, @NotNull @Valid WebhookRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook with its pending and past deliveries")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Give a webhook a new signing secret",
            description = "Until `previousSecretValidUntil` deliveries carry a signature with each secret.")
    public WebhookSecret rotateSecret(@PathParam("id") UUID id) {
        return service.rotateSecret(id);
    }

    @POST
    @Path("/{id}/test")
    @Operation(operationId = "testWebhook", summary = "Send a `webhook.test` event to this webhook")
    @APIResponse(responseCode = "202", description = "Queued; its delivery shows in the webhook's deliveries")
    public Response test(@PathParam("id") UUID id) {
        service.sendTest(id);
        return Response.accepted().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "What was sent to a webhook, newest first",
            description = "Each delivery with its last attempts: when, the receiver's status, why it failed.")
    public DeliveryPage deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return service.deliveries(id, paging);
    }

    @POST
    @Path("/{id}/deliveries/{delivery}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Send a delivery again now, with fresh retries")
    public Delivery retry(@PathParam("id") UUID id, @PathParam("delivery") UUID delivery) {
        return service.redeliver(id, delivery);
    }
}
