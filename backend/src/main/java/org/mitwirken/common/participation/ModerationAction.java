package org.mitwirken.common.participation;

/** What a moderator may do with a contribution; hiding and rejecting need a reason the author sees. */
public enum ModerationAction {
    APPROVE(ModerationState.PUBLISHED),
    HIDE(ModerationState.HIDDEN),
    REJECT(ModerationState.REJECTED);

    private final ModerationState resultingState;

    ModerationAction(ModerationState resultingState) {
        this.resultingState = resultingState;
    }

    public ModerationState resultingState() {
        return resultingState;
    }

    public boolean needsReason() {
        return this != APPROVE;
    }
}
