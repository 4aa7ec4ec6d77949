package org.mitwirken.format;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "FormatRequest", description = "A participation format as an admin writes it. New formats start "
        + "as drafts; publishing is a separate operation.")
public record FormatRequest(
        @Schema(description = "Derived from the title when omitted") @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = "{slug}") String slug,
        @Schema(description = "Slug of the process the format belongs to") @NotBlank String process,
        @Schema(description = "Slug of a phase of that process") String phase,
        @NotNull FormatKind kind,
        @NotBlank @Size(max = 200) @PrintableText String title,
        @NotBlank @Size(max = 1000) String summary,
        @Schema(description = "Markdown; clients render it without raw HTML") @Size(max = 50000) String body,
        @NotNull LocalDate startsOn,
        @Schema(description = "Defaults to startsOn (DAY) or the month's last day (MONTH)") LocalDate endsOn,
        @Schema(description = "Defaults to DAY") DatePrecision datePrecision,
        @Size(max = 300) @PrintableText String venue,
        @Schema(description = "Takes place online; defaults to false") Boolean online,
        @Schema(description = "Defaults to PUBLIC") Audience audience,
        @Valid ParticipationSettingsDto participation,
        @Schema(description = "Slugs of the districts (Ortsbezirke) the format concerns")
        @Size(max = 50) List<@NotBlank String> districts,
        @Schema(description = "Slugs of the fields of action the format contributes to")
        @Size(max = 20) List<@NotBlank String> fieldsOfAction,
        @Schema(description = "Required when updating: the version last read; a stale one gives 409")
        Long version) {
}
