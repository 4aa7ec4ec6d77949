package org.mitwirken.process;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Phase", requiredProperties = { "id", "slug", "title" })
public record PhaseResponse(UUID id, String slug, String title, LocalDate startsOn, LocalDate endsOn) {

    static PhaseResponse of(Phase phase) {
        return new PhaseResponse(phase.id, phase.slug, phase.title, phase.startsOn, phase.endsOn);
    }
}
