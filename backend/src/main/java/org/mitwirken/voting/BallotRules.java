package org.mitwirken.voting;

import java.util.List;
import java.util.UUID;

/** What a ballot is checked against: the round's items and budget, fixed when the round is opened. */
record BallotRules(UUID formatId, String title, List<UUID> itemIds, int dotsPerParticipant, int maxDotsPerItem) {
}
