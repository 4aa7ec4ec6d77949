package org.mitwirken.common;

/**
 * An account as recorded beside what it wrote or did: the subject identifies it (export, erasure, authorship), the
 * login name at the time is only a label for readers.
 */
public record Actor(String subject, String name) {
}
