package org.mitwirken.subscription;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.openapi.Login;

@Path("/api/v1/subscriptions")
@Tag(name = "Subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    SubscriptionService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "subscribe", summary = "Follow a process, format, field of action or district by e-mail",
            description = "Double opt-in: a mail with a confirmation link goes to the address, and nothing else is "
                    + "sent before it is clicked; unconfirmed addresses are deleted after 7 days. The answer is the "
                    + "same whether the address is new, unconfirmed or following already. Counts against the "
                    + "anonymous rate limit (429 + Retry-After); one address gets at most 5 confirmation mails a day.")
    @APIResponse(responseCode = "202", description = "Accepted; a confirmation mail is on its way if one is due")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
    public Response subscribe(@NotNull @Valid SubscriptionRequest request) {
        service.subscribe(request);
        return Response.accepted().build();
    }

    @POST
    @Path("/confirm")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "confirmSubscription", summary = "Confirm an address with the token from its mail",
            description = "Repeating it is harmless.")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "404", description = "`mail-link-invalid`: not a token of this server, or the "
            + "sign-up is gone (unconfirmed for 7 days, or unsubscribed)")
    public SubscriptionResponse confirm(@QueryParam("token") @NotBlank @Size(max = 100) @Parameter(required = true,
            description = "The token from the confirmation mail") String token) {
        return service.confirm(token);
    }

    @POST
    @Path("/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "unsubscribe", summary = "Stop following: the address is deleted",
            description = "The token is in every mail's unsubscribe link. Mail programs call this URL themselves "
                    + "(RFC 8058 one-click, body `List-Unsubscribe=One-Click`, which is not needed). Repeating it is "
                    + "harmless.")
    @RequestBody(required = false, description = "What mail programs send (RFC 8058); not needed", content = @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "List-Unsubscribe",
                    properties = @SchemaProperty(name = "List-Unsubscribe", type = SchemaType.STRING,
                            enumeration = "One-Click"))))
    @APIResponse(responseCode = "204", description = "Deleted, or gone already")
    @APIResponse(responseCode = "404", description = "`mail-link-invalid`: not a token of this server")
    public void unsubscribe(@QueryParam("token") @NotBlank @Size(max = 100) @Parameter(required = true,
            description = "The token from the mail's unsubscribe link") String token) {
        service.unsubscribe(token);
    }
}
