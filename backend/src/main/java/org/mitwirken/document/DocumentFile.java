package org.mitwirken.document;

/** A document's bytes with what a download response needs to describe them. */
public record DocumentFile(String fileName, String contentType, String sha256, byte[] content) {
}
