package org.mitwirken.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "PhaseRequest", description = "A phase as an admin writes it; phases keep the order given")
public record PhaseRequest(
        @Schema(description = "Derived from the title when omitted; an existing phase keeps its identity by slug")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "{slug}") String slug,
        @NotBlank @Size(max = 200) @PrintableText String title,
        LocalDate startsOn,
        LocalDate endsOn) {
}
