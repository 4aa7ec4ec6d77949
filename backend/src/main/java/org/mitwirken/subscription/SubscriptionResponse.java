package org.mitwirken.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A confirmed subscription, as its confirmation page shows it. */
@Schema(name = "ConfirmedSubscription", requiredProperties = { "scopeType", "scope", "title", "path" })
public record SubscriptionResponse(SubscriptionScope scopeType,
        @Schema(description = "Slug of what is followed") String scope,
        @Schema(description = "Its title") String title,
        @Schema(description = "Path of its public page in the web app") String path) {
}
