package org.mitwirken.process;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.PublicationState;

@Schema(name = "Process", requiredProperties = { "id", "slug", "title", "summary", "description", "status",
        "publicationState", "phases", "version", "createdAt", "updatedAt" })
public record ProcessResponse(
        UUID id,
        String slug,
        String title,
        String summary,
        @Schema(description = "Markdown; clients render it without raw HTML") String description,
        ProcessStatus status,
        PublicationState publicationState,
        List<PhaseResponse> phases,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static ProcessResponse of(Process process) {
        return new ProcessResponse(process.id, process.slug, process.title, process.summary, process.description,
                process.status, process.publicationState, process.phases.stream().map(PhaseResponse::of).toList(),
                process.version, process.createdAt, process.updatedAt);
    }
}
