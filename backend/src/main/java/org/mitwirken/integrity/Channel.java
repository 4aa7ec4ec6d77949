package org.mitwirken.integrity;

/** Where a contribution came from, as the server decides it: on site only with proof of presence. */
public enum Channel {
    ONLINE,
    ON_SITE
}
