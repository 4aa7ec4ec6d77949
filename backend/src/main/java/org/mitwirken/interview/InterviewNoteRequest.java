package org.mitwirken.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "InterviewNoteRequest", description = "A Gesprächsvermerk as an admin writes it; new ones are drafts")
public record InterviewNoteRequest(
        @Schema(description = "Derived from the title when omitted") @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = "{slug}") String slug,
        @Schema(description = "Topic of the interview, e.g. Mobilität") @NotBlank @Size(max = 200) @PrintableText
        String title,
        @Schema(description = "The organisation interviewed") @NotBlank @Size(max = 300) @PrintableText
        String stakeholder,
        @NotNull LocalDate interviewDate,
        @NotNull @Size(min = 1, max = 12) Set<@NotNull TopicArea> topicAreas,
        @Size(max = 30) List<@Valid @NotNull ParticipantDto> participants,
        @NotBlank @Size(max = 20000) String summary,
        @Size(max = 100) List<@Valid @NotNull FindingDto> findings,
        @Schema(description = "Slugs of the fields of action the note informs") @Size(max = 20)
        List<@NotBlank String> fieldsOfAction,
        @Schema(description = "Required when updating: the version last read; a stale one gives 409") Long version) {
}
