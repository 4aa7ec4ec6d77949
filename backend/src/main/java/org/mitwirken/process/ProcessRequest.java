package org.mitwirken.process;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "ProcessRequest", description = "A process as an admin writes it. New processes start as drafts.")
public record ProcessRequest(
        @Schema(description = "Derived from the title when omitted") @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = "{slug}") String slug,
        @NotBlank @Size(max = 200) @PrintableText String title,
        @NotBlank @Size(max = 1000) String summary,
        @Schema(description = "Markdown") @Size(max = 20000) String description,
        @NotNull ProcessStatus status,
        @Size(max = 20) List<@Valid @NotNull PhaseRequest> phases,
        @Schema(description = "Required when updating: the version last read; a stale one gives 409")
        Long version) {
}
