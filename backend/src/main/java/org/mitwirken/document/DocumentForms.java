package org.mitwirken.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented multipart bodies of the document uploads; the resource reads their parts one by one. */
final class DocumentForms {
    private DocumentForms() {
    }

    @Schema(name = "DocumentUploadForm", requiredProperties = { "title", "kind", "file" })
    record Upload(@NotBlank @Size(max = 300) String title, DocumentKind kind,
            @Schema(type = SchemaType.STRING, format = "binary", description = "PDF, PNG, JPEG, GIF or WebP")
            byte[] file) {
    }

    @Schema(name = "DocumentReplacementForm", requiredProperties = { "title", "kind", "version" })
    record Replacement(@NotBlank @Size(max = 300) String title, DocumentKind kind,
            @Schema(type = SchemaType.STRING, format = "binary", description = "A new file; without it only the "
                    + "title and kind change") byte[] file,
            @Schema(description = "The version last read; a stale one gives 409") long version) {
    }
}
