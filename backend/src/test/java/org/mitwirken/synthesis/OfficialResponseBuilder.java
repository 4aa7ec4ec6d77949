package org.mitwirken.synthesis;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.UUID;

/** Builds the city's official responses on a field of action through the service, as staff record them. */
public final class OfficialResponseBuilder {
    private final String fieldOfAction;
    private String title = "Antwort der Stadt";
    private String reason = "Begründung";

    private OfficialResponseBuilder(String fieldOfAction) {
        this.fieldOfAction = fieldOfAction;
    }

    public static OfficialResponseBuilder aResponseOn(String fieldOfActionSlug) {
        return new OfficialResponseBuilder(fieldOfActionSlug);
    }

    public OfficialResponseBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public OfficialResponseBuilder because(String reason) {
        this.reason = reason;
        return this;
    }

    public UUID create() {
        return CDI.current().select(SynthesisService.class).get().respond(new SynthesisDtos.ResponseRequest(
                fieldOfAction, null, title, ResponseStatus.TAKEN_UP, reason, List.of(), null)).id();
    }
}
