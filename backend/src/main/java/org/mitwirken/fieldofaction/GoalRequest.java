package org.mitwirken.fieldofaction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "GoalRequest", description = "A goal as an admin writes it; goals keep the order given")
public record GoalRequest(
        @Schema(description = "Derived from the title when omitted; a goal keeps its identity by slug")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "{slug}") String slug,
        @NotBlank @Size(max = 300) @PrintableText String title,
        @Schema(description = "Markdown") @Size(max = 10000) String description) {
}
