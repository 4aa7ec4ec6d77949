package org.mitwirken.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One registration as staff see it on the list. */
@Schema(name = "Registrant", requiredProperties = { "id", "name", "email", "status", "answers", "language",
        "createdAt" })
public record Registrant(UUID id, String name, String email, RegistrationStatus status,
        @Schema(description = "Answers in the order of the questions") List<String> answers, String language,
        Instant createdAt) {

    static Registrant of(Registration registration) {
        return new Registrant(registration.id, registration.name, registration.email, registration.status,
                registration.answers, registration.language, registration.createdAt);
    }
}
