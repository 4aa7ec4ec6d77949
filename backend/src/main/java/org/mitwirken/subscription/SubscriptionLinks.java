package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.integrity.IntegrityKeys;

/**
 * The links in subscription mails: each carries the subscription's id and a keyed check value for its purpose, so a
 * link proves itself without a stored secret, cannot be made up, and a confirm link cannot unsubscribe (or the other
 * way round). The pages behind them ask for a click before they act: mail scanners open links too.
 */
@ApplicationScoped
class SubscriptionLinks {
    enum Purpose {
        /** Confirms a subscription by address (its id). */
        CONFIRM,
        /** Ends one subscription (its id). */
        UNSUBSCRIBE,
        /** Stops an account's mails about its own contributions (the id of its preference). */
        STOP_OWN_CONTRIBUTIONS,
        /** Stops an account's digests: it follows nothing any more and hears nothing of its contributions. */
        STOP_DIGEST
    }

    @Inject
    IntegrityKeys keys;

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    String token(UUID subscription, Purpose purpose) {
        return keys.linkToken(purpose.name(), subscription);
    }

    /** The id a token of this purpose was made for; empty for anything else. */
    Optional<UUID> idIn(String token, Purpose purpose) {
        return keys.linkItem(purpose.name(), token);
    }

    /** The SPA page that confirms after a click. */
    String confirmPage(UUID subscription) {
        return publicUrl + "/benachrichtigungen/bestaetigen?token=" + token(subscription, Purpose.CONFIRM);
    }

    /** The SPA page that unsubscribes after a click. */
    String unsubscribePage(UUID id, Purpose purpose) {
        return publicUrl + "/benachrichtigungen/abbestellen?token=" + token(id, purpose);
    }

    /** RFC 8058 one-click: mail programs POST "List-Unsubscribe=One-Click" here, without a page in between. */
    String oneClickUnsubscribe(UUID id, Purpose purpose) {
        return publicUrl + "/api/v1/subscriptions/unsubscribe?token=" + token(id, purpose);
    }

    /** Where account holders manage what they follow and how often they hear. */
    String settingsPage() {
        return publicUrl + "/benachrichtigungen";
    }
}
