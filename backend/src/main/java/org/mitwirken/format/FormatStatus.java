package org.mitwirken.format;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a format stands for a citizen today; computed, never stored or sent. */
@Schema(name = "FormatStatus", description = "Computed from the format's dates, what is open in it and what it has "
        + "published: OPEN while a survey, voting round or map portal of it takes input (as listOpportunities lists "
        + "them) or today lies within its dates; otherwise PLANNED before its start; after its end RESULTS when "
        + "results are public (a summary, documentation or minutes among its documents, a closed survey or voting "
        + "round), else COMPLETED. Days are Kaiserslautern's days.")
public enum FormatStatus {
    PLANNED, OPEN, COMPLETED, RESULTS
}
