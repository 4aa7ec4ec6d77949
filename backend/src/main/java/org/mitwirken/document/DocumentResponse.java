package org.mitwirken.document;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Document", description = "A downloadable file of a format", requiredProperties = { "id", "title",
        "kind", "fileName", "contentType", "sizeBytes", "downloadUrl", "version", "createdAt", "updatedAt" })
public record DocumentResponse(
        UUID id,
        String title,
        DocumentKind kind,
        String fileName,
        @Schema(description = "Decided by the file's content: application/pdf, image/png, image/jpeg, image/gif or "
                + "image/webp") String contentType,
        long sizeBytes,
        @Schema(description = "Relative URL of the file") String downloadUrl,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static DocumentResponse of(Document document) {
        return new DocumentResponse(document.id, document.title, document.kind, document.fileName,
                document.contentType, document.sizeBytes, "/api/v1/documents/" + document.id + "/file",
                document.version, document.createdAt, document.updatedAt);
    }
}
