package org.mitwirken.process;

import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mitwirken.common.PublicationState;
import org.mitwirken.support.TestData;

/** Builds processes for tests through the service, the way an admin would. */
public final class ProcessBuilder {
    private String slug = TestData.uniqueSlug("process");
    private String title = "Stadtentwicklungskonzept";
    private boolean published = true;
    private ProcessStatus status = ProcessStatus.ONGOING;
    private final List<PhaseRequest> phases = new ArrayList<>();

    private ProcessBuilder() {
    }

    public static ProcessBuilder aProcess() {
        return new ProcessBuilder();
    }

    public ProcessBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ProcessBuilder completed() {
        this.status = ProcessStatus.COMPLETED;
        return this;
    }

    public ProcessBuilder draft() {
        this.published = false;
        return this;
    }

    public ProcessBuilder withPhase(String phaseSlug) {
        return withPhase(phaseSlug, LocalDate.of(2024, 1, 1), null);
    }

    /** A phase with its dates; {@code endsOn} null: open-ended. */
    public ProcessBuilder withPhase(String phaseSlug, LocalDate startsOn, LocalDate endsOn) {
        phases.add(new PhaseRequest(phaseSlug, "Phase " + phaseSlug, startsOn, endsOn));
        return this;
    }

    public ProcessRequest request() {
        return new ProcessRequest(slug, title, "Worum es geht", "Beschreibung", status, phases, null);
    }

    public ProcessResponse create() {
        ProcessService service = CDI.current().select(ProcessService.class).get();
        ProcessResponse created = service.create(request());
        return published ? service.setPublicationState(created.slug(), PublicationState.PUBLISHED) : created;
    }
}
