package org.mitwirken.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "CommentRequest", description = "A new comment or reply. Plain text; it is never rendered as HTML.")
public record CommentRequest(
        @NotNull CommentTargetType targetType,
        @Schema(description = "Id of the format, field of action, goal or interview note") @NotNull UUID targetId,
        @Schema(description = "The comment this one replies to") UUID parentId,
        @NotBlank @Size(max = 2000) String text,
        @Schema(description = "Required without login where anonymous comments are allowed; not accepted with login")
        @Size(min = 2, max = 50) @PrintableText String pseudonym) {
}
