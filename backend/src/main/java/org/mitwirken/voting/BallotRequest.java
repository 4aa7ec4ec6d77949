package org.mitwirken.voting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotRequest", description = "A participant's whole ballot; sending it again replaces the earlier one")
public record BallotRequest(
        @Schema(description = "ON_SITE when cast through the QR code at the event; defaults to ONLINE") Channel channel,
        @NotNull @Size(max = 30) List<@Valid @NotNull Dots> dots) {

    @Schema(name = "Dots", requiredProperties = { "item", "dots" })
    public record Dots(@NotNull UUID item, @NotNull @Min(1) @Max(50) Integer dots) {
    }
}
