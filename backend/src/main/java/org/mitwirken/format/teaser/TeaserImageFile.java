package org.mitwirken.format.teaser;

/** A teaser image's bytes with what a response needs to describe them. */
public record TeaserImageFile(String contentType, String sha256, byte[] content) {
}
