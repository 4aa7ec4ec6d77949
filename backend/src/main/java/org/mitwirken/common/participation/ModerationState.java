package org.mitwirken.common.participation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where citizens' contributions stand: PENDING waits for a moderator (pre-moderation); only PUBLISHED is public. */
@Schema(name = "ModerationState")
public enum ModerationState {
    PENDING,
    PUBLISHED,
    HIDDEN,
    REJECTED
}
