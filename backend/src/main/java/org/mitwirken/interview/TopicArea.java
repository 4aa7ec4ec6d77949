package org.mitwirken.interview;

/** The topic areas of the stakeholder interviews (Themenbereiche), as the INSEK names them. */
public enum TopicArea {
    HOUSING,
    ENVIRONMENT,
    CLIMATE,
    SOCIAL,
    MOBILITY,
    INTEGRATION,
    SCIENCE_RESEARCH,
    CULTURE,
    INCLUSION,
    DIGITALISATION,
    TOWNSCAPE_HERITAGE,
    ECONOMY
}
