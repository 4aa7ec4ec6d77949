package org.mitwirken.interview;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.privacy.StaffRecords;

@ApplicationScoped
public class InterviewPersonalData extends StaffRecords {
    InterviewPersonalData() {
        super("interviewNoteRevisions", new NamedIn("interview_note_revision", "changed_by", "changed_at"));
    }
}
