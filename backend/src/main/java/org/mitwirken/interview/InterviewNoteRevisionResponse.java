package org.mitwirken.interview;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterviewNoteRevision", description = "Who changed what and when",
        requiredProperties = { "version", "changedBy", "changedAt", "changes" })
public record InterviewNoteRevisionResponse(long version, String changedBy, Instant changedAt, List<String> changes) {

    static InterviewNoteRevisionResponse of(InterviewNoteRevision revision) {
        return new InterviewNoteRevisionResponse(revision.version, revision.changedBy, revision.changedAt,
                List.of(revision.changes.split(",")));
    }
}
