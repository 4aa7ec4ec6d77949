package org.mitwirken.common.participation;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Locale;

/**
 * Extension point: a feature tells registered apps that something the public can see changed. Called inside the
 * transaction of the change, so the announcement commits or rolls back with it. Features announce only what the
 * public may see; the announcement names the item and where to read it, never its content or who did it.
 */
public interface PublicChanges {

    void announce(PublicChange change);

    /** What changed: its id and the path in this API where an app reads its current state. */
    record PublicChange(ChangeType type, String id, String path) {
    }

    /**
     * The event types apps can subscribe to, named as Standard Webhooks suggests ({@code <object>.<action>}: the
     * constant's last word is the action), the same in subscriptions and in deliveries.
     */
    @Schema(name = "WebhookEventType")
    enum ChangeType {
        PROCESS_PUBLISHED, PROCESS_UPDATED, PROCESS_WITHDRAWN, PHASES_CHANGED,
        FORMAT_PUBLISHED, FORMAT_UPDATED, FORMAT_WITHDRAWN,
        OPPORTUNITY_OPENED, OPPORTUNITY_CHANGED, OPPORTUNITY_CLOSED,
        RESULTS_PUBLISHED,
        OFFICIAL_RESPONSE_PUBLISHED, OFFICIAL_RESPONSE_UPDATED, OFFICIAL_RESPONSE_WITHDRAWN,
        WEBHOOK_TEST;

        @JsonValue
        public String eventType() {
            String name = name().toLowerCase(Locale.ROOT);
            int action = name.lastIndexOf('_');
            return name.substring(0, action) + "." + name.substring(action + 1);
        }

        /** As clients write it, also in error messages that list the allowed values. */
        @Override
        public String toString() {
            return eventType();
        }
    }
}
