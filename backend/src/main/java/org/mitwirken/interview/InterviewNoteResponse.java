package org.mitwirken.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.PublicationState;

@Schema(name = "InterviewNote", description = "A Gesprächsvermerk", requiredProperties = { "id", "slug", "title",
        "stakeholder", "interviewDate", "topicAreas", "participants", "summary", "findings", "fieldsOfAction",
        "publicationState", "version", "createdAt", "updatedAt" })
public record InterviewNoteResponse(
        UUID id,
        String slug,
        String title,
        String stakeholder,
        LocalDate interviewDate,
        @Schema(description = "In the order of the taxonomy") List<TopicArea> topicAreas,
        List<ParticipantDto> participants,
        String summary,
        List<FindingDto> findings,
        @Schema(description = "Published fields of action the note informs") List<FieldOfActionLink> fieldsOfAction,
        PublicationState publicationState,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "FieldOfActionLink", requiredProperties = { "slug", "title" })
    public record FieldOfActionLink(String slug, String title) {
    }
}
