package org.mitwirken.voting;

/** What a voting round lets participants prioritise. */
public enum VotingItemType {
    FIELD_OF_ACTION,
    GOAL
}
