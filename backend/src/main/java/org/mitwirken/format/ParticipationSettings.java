package org.mitwirken.format;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How citizens may take part in a format online. */
@Embeddable
public class ParticipationSettings {
    @Column(name = "comments_enabled", nullable = false)
    public boolean commentsEnabled = true;

    @Column(name = "anonymous_allowed", nullable = false)
    public boolean anonymousAllowed;

    @Column(name = "pre_moderation", nullable = false)
    public boolean preModeration;
}
