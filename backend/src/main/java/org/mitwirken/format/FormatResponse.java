package org.mitwirken.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.PublicationState;
import org.mitwirken.format.teaser.TeaserImageResponse;

@Schema(name = "Format", description = "A participation format", requiredProperties = { "id", "slug", "process",
        "kind", "title", "summary", "body", "startsOn", "endsOn", "datePrecision", "online", "audience",
        "publicationState", "status", "participation", "districts", "fieldsOfAction", "version", "createdAt", "updatedAt" })
public record FormatResponse(
        UUID id,
        String slug,
        Reference process,
        @Schema(nullable = true) Reference phase,
        FormatKind kind,
        String title,
        String summary,
        @Schema(description = "Markdown; clients render it without raw HTML") String body,
        LocalDate startsOn,
        LocalDate endsOn,
        DatePrecision datePrecision,
        @Schema(nullable = true) String venue,
        boolean online,
        Audience audience,
        PublicationState publicationState,
        FormatStatus status,
        ParticipationSettingsDto participation,
        List<Reference> districts,
        @Schema(description = "Published fields of action the format contributes to") List<Reference> fieldsOfAction,
        @Schema(nullable = true, description = "null while the format has none") TeaserImageResponse teaserImage,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
