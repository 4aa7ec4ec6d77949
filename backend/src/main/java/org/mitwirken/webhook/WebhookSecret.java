package org.mitwirken.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookWithSecret", description = "A webhook and its signing secret, shown this once",
        requiredProperties = { "webhook", "secret" })
public record WebhookSecret(
        WebhookResponse webhook,
        @Schema(description = "Standard Webhooks secret (`whsec_` and base64); store it where the receiver checks "
                + "signatures") String secret) {
}
