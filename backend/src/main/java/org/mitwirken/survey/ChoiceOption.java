package org.mitwirken.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "ChoiceOption", description = "A choice, ranking item or location category",
        requiredProperties = { "key", "label" })
public record ChoiceOption(
        @Schema(description = "Stable identifier; answers refer to it") @NotBlank @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{slug}")
        String key,
        @NotBlank @Size(max = 300) @PrintableText String label) {
}
