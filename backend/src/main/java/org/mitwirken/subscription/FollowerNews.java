package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mitwirken.mail.MailOutbox;

/**
 * The one way news reaches followers: whoever follows several of the scopes concerned gets one mail, sent for the most
 * specific of them, written into the outbox in the transaction of the change that caused it. Accounts that want a
 * digest get the news held for it instead.
 */
@ApplicationScoped
class FollowerNews {
    /** The narrowest scope first: a mail says it came for the format rather than for the whole process. */
    private static final List<SubscriptionScope> SPECIFIC_FIRST = List.of(SubscriptionScope.FORMAT,
            SubscriptionScope.FIELD_OF_ACTION, SubscriptionScope.DISTRICT, SubscriptionScope.PROCESS);

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriptionMails mails;

    @Inject
    SubscriptionScopes scopes;

    @Inject
    MailOutbox outbox;

    @Inject
    NotificationPreferences preferences;

    @Inject
    Digests digests;

    /** Tells the confirmed followers of any of these scopes (by type, the keys of each); {@code label} names the kind. */
    @Transactional(TxType.MANDATORY)
    void tell(Map<SubscriptionScope, List<String>> followedScopes, SubscriptionMails.News news, String label) {
        List<Subscription> followers = subscriptions.confirmedFollowers(followedScopes);
        Map<String, Subscription> byRecipient = followers.stream().collect(Collectors.toMap(Subscription::recipient,
                s -> s, (a, b) -> SPECIFIC_FIRST.indexOf(a.scopeType) <= SPECIFIC_FIRST.indexOf(b.scopeType) ? a : b));
        for (Subscription follower : byRecipient.values()) {
            if (follower.accountSubject != null && wantsDigest(follower.accountSubject)) {
                digests.hold(follower.accountSubject, follower.id, news);
                continue;
            }
            String followed = scopes.find(follower.scopeType, follower.scopeKey)
                    .map(SubscriptionScopes.Place::title).orElse(follower.scopeKey);
            outbox.send(follower.id, label, mails.news(follower, followed, news));
        }
    }

    private boolean wantsDigest(String account) {
        return preferences.of(account).map(p -> p.frequency != NotificationFrequency.IMMEDIATE).orElse(false);
    }
}
