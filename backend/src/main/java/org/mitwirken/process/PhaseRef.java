package org.mitwirken.process;

import java.util.UUID;

/** What other features may know of a phase. */
public record PhaseRef(UUID id, String slug, String title) {
}
