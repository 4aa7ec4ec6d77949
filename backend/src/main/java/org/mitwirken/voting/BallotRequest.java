package org.mitwirken.voting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.integrity.Channel;

@Schema(name = "BallotRequest", description = "A participant's whole ballot; sending it again replaces the earlier one "
        + "(not for ballots cast with a participation code, which are final)")
public record BallotRequest(
        @Schema(deprecated = true, description = "Not trusted: the server decides the channel. ON_SITE without "
                + "`onSiteCode` or `code` is refused with 403 `on-site-proof-required`.") Channel channel,
        @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull Dots> dots,
        @Schema(description = "The code the projector shows at the event (its QR code carries it): the proof of "
                + "presence that makes the ballot count ON_SITE. It changes every few minutes; the previous one is "
                + "accepted for a short grace period, an older one gets 403 `on-site-code-expired`.")
        @Size(max = 20) String onSiteCode,
        @Schema(description = "A printed single-use participation code: required in PARTICIPATION_CODE rounds; such "
                + "a ballot counts ON_SITE") @Size(max = 40) String code) {

    @Schema(name = "Dots", requiredProperties = { "item", "dots" })
    public record Dots(@NotNull UUID item, @NotNull @Min(1) @Max(50) Integer dots) {
    }
}
