package org.mitwirken.comment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.ModerationState;

@Schema(name = "Comment", requiredProperties = { "id", "targetType", "targetId", "depth", "text", "authorName",
        "anonymous", "state", "supportCount", "supportedByMe", "writtenByMe", "withdrawn", "createdOn" })
public record CommentResponse(
        UUID id,
        CommentTargetType targetType,
        UUID targetId,
        @Schema(nullable = true) UUID parentId,
        @Schema(description = "0 for a comment, 1 for a reply, 2 for a reply to a reply") int depth,
        @Schema(description = "Plain text; empty when the author withdrew it") String text,
        @Schema(description = "Account name or pseudonym; empty when withdrawn") String authorName,
        boolean anonymous,
        @Schema(description = "Others see only PUBLISHED comments; authors also see their own in other states")
        ModerationState state,
        @Schema(description = "Why a moderator hid or rejected it; shown to the author and moderators only",
                nullable = true) String moderationReason,
        long supportCount,
        boolean supportedByMe,
        @Schema(description = "The logged-in viewer wrote it and may withdraw it") boolean writtenByMe,
        boolean withdrawn,
        @Schema(description = "The day it was written, in the city's time zone") LocalDate createdOn,
        @Schema(nullable = true, description = "The exact time, for staff in moderation only: public times are given "
                + "to the day, so that they cannot be matched with other records of the moment") Instant createdAt) {
}
