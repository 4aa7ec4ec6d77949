package org.mitwirken.format;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParticipationSettings", description = "How citizens may take part online; omitted values keep "
        + "their defaults (comments on, anonymous input off, pre-moderation off)")
public record ParticipationSettingsDto(Boolean commentsEnabled, Boolean anonymousAllowed, Boolean preModeration) {

    static ParticipationSettingsDto of(ParticipationSettings settings) {
        return new ParticipationSettingsDto(settings.commentsEnabled, settings.anonymousAllowed,
                settings.preModeration);
    }

    ParticipationSettings toEntity() {
        ParticipationSettings settings = new ParticipationSettings();
        settings.commentsEnabled = commentsEnabled == null || commentsEnabled;
        settings.anonymousAllowed = anonymousAllowed != null && anonymousAllowed;
        settings.preModeration = preModeration != null && preModeration;
        return settings;
    }
}
