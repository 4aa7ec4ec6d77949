package org.mitwirken.format;

import java.util.UUID;

/** What other features may know of a format: identity and whether the public may see it. */
public record FormatRef(UUID id, String slug, String title, boolean publiclyVisible) {

    /** The format's page in the web app. */
    public String webPath() {
        return "/formate/" + slug;
    }
}
