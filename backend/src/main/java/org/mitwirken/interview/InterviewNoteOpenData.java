package org.mitwirken.interview;

import static org.mitwirken.common.opendata.Dataset.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mitwirken.common.opendata.Dataset;
import org.mitwirken.common.opendata.OpenDataSource;
import org.mitwirken.common.paging.Pages;

@ApplicationScoped
public class InterviewNoteOpenData implements OpenDataSource {
    private static final Dataset DATASET = new Dataset("interview-notes", "Gesprächsvermerke",
            "Published notes of the stakeholder interviews; participants by role and head count, never by name.",
            List.of(field("slug", "Identifier, also in the web address /gespraechsvermerke/{slug}"),
                    field("title", "Topic of the interview"),
                    field("stakeholder", "Organisation interviewed"),
                    field("interview_date", "Date, YYYY-MM-DD"),
                    field("topic_areas", "Topic areas of the taxonomy"),
                    field("participants", "Roles with head counts, e.g. \"Referatsleitung: 2\""),
                    field("summary", "Summary"),
                    field("findings", "Findings as \"TYPE: text\"; types are POTENTIAL, CHALLENGE, PROJECT_IDEA"),
                    field("fields_of_action", "Slugs of the fields of action the note informs")), false);

    @Inject
    InterviewNoteService notes;

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public List<Map<String, Object>> rows() {
        return Pages.all(paging -> notes.list(new InterviewNoteQuery(), paging, false)).stream().map(note -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("slug", note.slug());
            row.put("title", note.title());
            row.put("stakeholder", note.stakeholder());
            row.put("interview_date", note.interviewDate().toString());
            row.put("topic_areas", note.topicAreas().stream().map(Enum::name).toList());
            row.put("participants", note.participants().stream().map(p -> p.role() + ": " + p.headCount()).toList());
            row.put("summary", note.summary());
            row.put("findings", note.findings().stream().map(f -> f.type().name() + ": " + f.text()).toList());
            row.put("fields_of_action", note.fieldsOfAction().stream()
                    .map(InterviewNoteResponse.FieldOfActionLink::slug).toList());
            return row;
        }).toList();
    }
}
