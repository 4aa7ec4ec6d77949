package org.mitwirken.subscription;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an account wants to hear. */
@Schema(name = "NotificationSettingsRequest", requiredProperties = { "frequency", "ownContributions", "language" })
public record NotificationSettingsRequest(@NotNull NotificationFrequency frequency,
        @NotNull Boolean ownContributions,
        @Schema(description = "de or en") @NotNull @Pattern(regexp = "de|en", message = "{mail-language}")
        String language) {
}
