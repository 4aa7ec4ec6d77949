package org.mitwirken.interview;

import static org.mitwirken.support.TestData.account;

import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mitwirken.common.PublicationState;
import org.mitwirken.support.TestData;

/** Builds interview notes for tests through the service, the way an admin would. */
public final class InterviewNoteBuilder {
    private final String slug = TestData.uniqueSlug("note");
    private String stakeholder = "Bau AG Kaiserslautern";
    private Set<TopicArea> topics = Set.of(TopicArea.HOUSING);
    private List<String> fieldsOfAction = List.of();
    private boolean published = true;

    private InterviewNoteBuilder() {
    }

    public static InterviewNoteBuilder aNote() {
        return new InterviewNoteBuilder();
    }

    public InterviewNoteBuilder with(String stakeholder, TopicArea... topics) {
        this.stakeholder = stakeholder;
        this.topics = Set.of(topics);
        return this;
    }

    public InterviewNoteBuilder informing(String... fieldOfActionSlugs) {
        this.fieldsOfAction = List.of(fieldOfActionSlugs);
        return this;
    }

    public InterviewNoteBuilder draft() {
        this.published = false;
        return this;
    }

    public InterviewNoteResponse create() {
        InterviewNoteService service = CDI.current().select(InterviewNoteService.class).get();
        InterviewNoteResponse created = service.create(new InterviewNoteRequest(slug, "Wohnen", stakeholder,
                LocalDate.of(2023, 12, 5), topics, List.of(new ParticipantDto("Geschäftsführung", 1)),
                "Zusammenfassung", List.of(new FindingDto(FindingType.CHALLENGE, "Zu wenige Wohnungen")),
                fieldsOfAction, null), account("test"));
        return published ? service.setPublicationState(slug, PublicationState.PUBLISHED, account("test")) : created;
    }
}
