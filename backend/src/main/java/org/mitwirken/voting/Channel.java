package org.mitwirken.voting;

/** How a ballot was cast: online, or on site at the event through the QR code on the projector. */
public enum Channel {
    ONLINE,
    ON_SITE
}
