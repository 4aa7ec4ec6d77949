package org.mitwirken.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.privacy.StaffRecords;

@ApplicationScoped
public class SynthesisPersonalData extends StaffRecords {
    SynthesisPersonalData() {
        super("synthesisWork", new NamedIn("input_link", "linked_by", "linked_at"),
                new NamedIn("observation", "recorded_by", "created_at"));
    }
}
