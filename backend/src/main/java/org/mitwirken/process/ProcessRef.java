package org.mitwirken.process;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.PublicationState;

/** What other features may know of a process: its identity, visibility and phases. */
public record ProcessRef(UUID id, String slug, String title, PublicationState publicationState, List<PhaseRef> phases) {

    public Optional<PhaseRef> phase(String phaseSlug) {
        return phases.stream().filter(phase -> phase.slug().equals(phaseSlug)).findFirst();
    }

    public Optional<PhaseRef> phase(UUID phaseId) {
        return phases.stream().filter(phase -> phase.id().equals(phaseId)).findFirst();
    }

    static ProcessRef of(Process process) {
        return new ProcessRef(process.id, process.slug, process.title, process.publicationState,
                process.phases.stream().map(phase -> new PhaseRef(phase.id, phase.slug, phase.title)).toList());
    }
}
