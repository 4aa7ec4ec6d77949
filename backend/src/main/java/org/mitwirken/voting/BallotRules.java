package org.mitwirken.voting;

import java.util.List;
import java.util.UUID;
import org.mitwirken.integrity.IntegrityMode;

/** What a ballot is checked against: the round's items, budget and integrity mode, fixed when it is opened. */
record BallotRules(UUID formatId, String title, List<UUID> itemIds, int dotsPerParticipant, int maxDotsPerItem,
        IntegrityMode integrityMode) {
}
