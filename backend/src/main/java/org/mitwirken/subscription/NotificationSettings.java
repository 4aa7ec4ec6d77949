package org.mitwirken.subscription;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an account follows and how it hears, as its "Benachrichtigungen" page shows it. */
@Schema(name = "NotificationSettings", requiredProperties = { "frequency", "ownContributions", "language",
        "emailVerified", "following" })
public record NotificationSettings(NotificationFrequency frequency,
        @Schema(description = "Whether the account hears what becomes of its own contributions (approved, hidden or "
                + "rejected, replied to, answered by the city)") boolean ownContributions,
        @Schema(description = "Language of the mails: de or en") String language,
        @Schema(description = "Whether Keycloak has verified the account's address; without it nothing can be sent "
                + "and nothing can be followed") boolean emailVerified,
        List<FollowedScope> following) {

    /** One followed scope with its title and the path of its page. */
    @Schema(name = "FollowedScope", requiredProperties = { "scopeType", "scope", "title", "path" })
    public record FollowedScope(SubscriptionScope scopeType,
            @Schema(description = "Slug of what is followed") String scope,
            @Schema(description = "Its title") String title,
            @Schema(description = "Path of its public page in the web app") String path) {
    }
}
