package org.mitwirken.registration;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether and how one can register for a format; no personal data. */
@Schema(name = "RegistrationState", requiredProperties = { "offered", "open", "questions" })
public record RegistrationState(
        @Schema(description = "Whether staff ever opened registration for this format; all else is null if not")
        boolean offered,
        @Schema(description = "Whether registrations are taken now") boolean open,
        @Schema(nullable = true) Integer capacity,
        @Schema(nullable = true) Integer seatsLeft,
        @Schema(nullable = true, description = "Places on the waiting list; 0 for none") Integer waitingList,
        @Schema(nullable = true, description = "How many are waiting for a seat") Integer waiting,
        @Schema(nullable = true, description = "Last day registrations are taken (Europe/Berlin)") LocalDate deadline,
        List<String> questions,
        @Schema(nullable = true, description = "How many came, once staff recorded it") Integer attendance) {

    static RegistrationState none() {
        return new RegistrationState(false, false, null, null, null, null, null, List.of(), null);
    }
}
