package org.mitwirken.subscription;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.privacy.SelfService;

@Path("/api/v1/me/notifications")
@Tag(name = "Account")
@Authenticated
@SelfService
@Produces(MediaType.APPLICATION_JSON)
public class AccountNotificationResource {

    @Inject
    AccountNotifications notifications;

    @Inject
    Viewer viewer;

    @GET
    @Operation(operationId = "getMyNotifications", summary = "What my account follows and how often it hears",
            description = "Without settings of its own an account hears at once, in German, also about its own "
                    + "contributions. Mails go to the address Keycloak has verified for the account, looked up when "
                    + "they leave; it is not stored here.")
    public NotificationSettings settings() {
        return notifications.settings(viewer.requireAccount(), viewer.emailVerified());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyNotifications", summary = "Hear at once or in a daily or weekly digest, and "
            + "whether about my own contributions")
    public NotificationSettings change(@NotNull @Valid NotificationSettingsRequest request) {
        return notifications.change(viewer.requireAccount(), viewer.emailVerified(), request);
    }

    @PUT
    @Path("/following/{scopeType}/{scope}")
    @Operation(operationId = "followWithMyAccount", summary = "Follow a process, format, field of action or district",
            description = "No confirmation mail: Keycloak verified the account's address. Following again is "
                    + "harmless.")
    @APIResponse(responseCode = "204", description = "Following")
    @APIResponse(responseCode = "404", description = "No published process, format, field of action or district "
            + "with this slug")
    @APIResponse(responseCode = "409", description = "`follow-needs-verified-email`: the account has no verified "
            + "address")
    public void follow(@PathParam("scopeType") SubscriptionScope scopeType,
            @PathParam("scope") @Size(max = 200) String scope) {
        notifications.follow(viewer.requireAccount(), viewer.emailVerified(), scopeType, scope);
    }

    @DELETE
    @Path("/following/{scopeType}/{scope}")
    @Operation(operationId = "unfollowWithMyAccount", summary = "Stop following", description = "Harmless when not "
            + "following.")
    @APIResponse(responseCode = "204", description = "Not following (any more)")
    public void unfollow(@PathParam("scopeType") SubscriptionScope scopeType,
            @PathParam("scope") @Size(max = 200) String scope) {
        notifications.unfollow(viewer.requireAccount(), scopeType, scope);
    }
}
