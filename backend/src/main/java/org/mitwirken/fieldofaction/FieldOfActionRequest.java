package org.mitwirken.fieldofaction;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "FieldOfActionRequest", description = "A field of action as an admin writes it; new ones are drafts")
public record FieldOfActionRequest(
        @Schema(description = "Derived from the title when omitted") @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = "{slug}") String slug,
        @NotBlank @Size(max = 200) @PrintableText String title,
        @NotBlank @Size(max = 1000) String summary,
        @Schema(description = "Markdown") @Size(max = 20000) String description,
        @Schema(description = "Order among the fields of action; defaults to 0") @Min(0) @Max(1000) Integer position,
        @Schema(description = "Strategy map", ref = "GeoJsonObject") JsonNode strategyMap,
        @Size(max = 50) List<@Valid @NotNull GoalRequest> goals,
        @Schema(description = "Required when updating: the version last read; a stale one gives 409") Long version) {
}
