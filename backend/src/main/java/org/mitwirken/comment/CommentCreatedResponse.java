package org.mitwirken.comment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentCreated", requiredProperties = { "comment" })
public record CommentCreatedResponse(
        CommentResponse comment,
        @Schema(description = "Anonymous comments only: the secret to withdraw it later (header X-Deletion-Token). "
                + "It is shown once and stored only as a hash.", nullable = true) String deletionToken) {
}
