package org.mitwirken.comment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.PostedWhere;

@Schema(name = "ModerationItem", description = "A pending or reported comment",
        requiredProperties = { "comment", "authorSubject", "openReports", "postedWhere" })
public record ModerationItem(CommentResponse comment,
        @Schema(nullable = true, description = "The subject of the author's account (its id in the identity "
                + "provider); null for anonymous comments") String authorSubject,
        @Schema(description = "Reasons of reports not yet decided") List<String> openReports,
        @Schema(description = "The page of what it comments on, at the comment") PostedWhere postedWhere) {
}
