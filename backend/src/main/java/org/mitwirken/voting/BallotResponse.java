package org.mitwirken.voting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.integrity.Channel;

@Schema(name = "Ballot", requiredProperties = { "channel", "dots", "remaining" })
public record BallotResponse(
        @Schema(description = "Where the ballot counts, as the server decided it: ON_SITE only with the on-site code "
                + "from the screen or a printed participation code") Channel channel,
        List<BallotRequest.Dots> dots,
        @Schema(description = "Dots still to distribute") int remaining,
        @Schema(description = "Only when a ballot without login is first cast in an OPEN round: the device's secret "
                + "to change it later (header X-Ballot-Token); stored only as a hash", nullable = true)
        String ballotToken) {
}
