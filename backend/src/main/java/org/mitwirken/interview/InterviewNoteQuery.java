package org.mitwirken.interview;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mitwirken.common.validation.OneOf;

/** Filters of the interview-note list. */
public class InterviewNoteQuery {

    @QueryParam("topicArea")
    @OneOf(TopicArea.class)
    @Parameter(description = "Notes touching this topic area", schema = @Schema(implementation = TopicArea.class))
    public String topicArea;

    @QueryParam("stakeholder")
    @Size(max = 100)
    @Parameter(description = "Part of the stakeholder's name, case-insensitive")
    public String stakeholder;

    @QueryParam("fieldOfAction")
    @Size(max = 120)
    @Parameter(description = "Slug of a field of action the notes inform")
    public String fieldOfAction;
}
