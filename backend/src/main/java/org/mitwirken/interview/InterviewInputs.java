package org.mitwirken.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.mitwirken.common.paging.Pages;
import org.mitwirken.common.synthesis.Input;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.common.synthesis.InputSource;

/** The findings of published interview notes; a finding is addressed as "note id:place in the note". */
@ApplicationScoped
public class InterviewInputs implements InputSource {

    @Inject
    InterviewNoteService notes;

    @Override
    public InputKind kind() {
        return InputKind.INTERVIEW_FINDING;
    }

    @Override
    public List<Input> published() {
        List<Input> inputs = new ArrayList<>();
        for (InterviewNoteResponse note : Pages.all(paging -> notes.list(new InterviewNoteQuery(), paging, false))) {
            for (int i = 0; i < note.findings().size(); i++) {
                FindingDto finding = note.findings().get(i);
                inputs.add(new Input(InputKind.INTERVIEW_FINDING, note.id() + ":" + i, note.title(), finding.text(),
                        null, null, note.interviewDate()));
            }
        }
        return inputs;
    }
}
