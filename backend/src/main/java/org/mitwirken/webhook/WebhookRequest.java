package org.mitwirken.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.PublicChanges.ChangeType;

@Schema(name = "WebhookRequest", requiredProperties = { "appClient", "url" })
public record WebhookRequest(
        @Schema(description = "The Keycloak client id of the app that receives it (see docs/api.md, Registered apps)")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+",
                message = "{app-client}") String appClient,
        @Schema(description = "Where deliveries are POSTed: an https URL on a public host")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "The event types it receives; empty or missing: all")
        @Size(max = 20) List<@NotNull ChangeType> events,
        @Schema(description = "Paused webhooks receive nothing; missing: true") Boolean active,
        @Schema(description = "Required when updating: the version last read") Long version) {
}
