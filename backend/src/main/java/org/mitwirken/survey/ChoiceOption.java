package org.mitwirken.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChoiceOption", description = "A choice, ranking item or location category",
        requiredProperties = { "key", "label" })
public record ChoiceOption(
        @Schema(description = "Stable identifier; answers refer to it") @NotBlank @Size(max = 120)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case letters, digits and single hyphens")
        String key,
        @NotBlank @Size(max = 300) String label) {
}
