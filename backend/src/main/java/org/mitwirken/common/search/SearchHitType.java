package org.mitwirken.common.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a search hit is: the city's content, or citizens' input and the city's answers to it. */
@Schema(description = "FORMAT, DOCUMENT, FIELD_OF_ACTION, GOAL and INTERVIEW_NOTE are the city's content; COMMENT, "
        + "MAP_CONTRIBUTION and SURVEY_ANSWER (a published free-text answer) are citizens' input; OFFICIAL_RESPONSE is "
        + "the city's answer to input. Clients should expect further kinds and show them generically.")
public enum SearchHitType {
    FORMAT,
    DOCUMENT,
    FIELD_OF_ACTION,
    GOAL,
    INTERVIEW_NOTE,
    COMMENT,
    MAP_CONTRIBUTION,
    SURVEY_ANSWER,
    OFFICIAL_RESPONSE
}
