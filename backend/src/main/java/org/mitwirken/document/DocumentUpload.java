package org.mitwirken.document;

/** What an admin sends for a document; {@code content} is null when only the metadata changes. */
public record DocumentUpload(String title, DocumentKind kind, String fileName, byte[] content, Long version) {
}
