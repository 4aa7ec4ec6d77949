package org.mitwirken.account;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountExport", description = "Everything Mitwirken stores about the logged-in account, by feature. "
        + "Survey answers are stored without any link to an account and therefore cannot be part of it.",
        requiredProperties = { "account", "name", "exportedAt", "sections" })
public record AccountExport(
        @Schema(description = "The account's subject in the identity provider: what everything here is stored under")
        String account,
        @Schema(description = "The login name at the time of the export") String name,
        Instant exportedAt,
        @Schema(description = "One entry per feature: comments, mapContributions, ballots, surveysAnswered, and "
                + "records of staff work") Map<String, Object> sections) {
}
