package org.mitwirken.document;

import jakarta.enterprise.inject.spi.CDI;

/** Stores documents for tests through the service, the way an admin upload would. */
final class DocumentFixtures {

    private DocumentFixtures() {
    }

    static DocumentResponse upload(String formatSlug, byte[] content) {
        return CDI.current().select(DocumentService.class).get()
                .create(formatSlug, new DocumentUpload("Dokumentation", DocumentKind.DOCUMENTATION, "doku.pdf",
                        content, null));
    }
}
