package org.mitwirken.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.mail.MailOutbox;
import org.mitwirken.outbox.Outbox;
import org.mitwirken.outbox.OutboxChannel;

/**
 * The one way news reaches followers. The change that causes it finds who follows at that moment and writes one
 * outbox message in its own transaction, so publishing stays quick however many follow; the outbox then fans it out:
 * whoever follows several of the scopes concerned gets one mail, sent for the most specific of them, and accounts that
 * want a digest get the news held for it. The fan-out and the settling of its message commit together, so every
 * follower is told exactly once; one who unsubscribed in between is not told.
 */
@ApplicationScoped
class FollowerNews implements OutboxChannel {
    private static final String CHANNEL = "follower-news";
    /** The narrowest scope first: a mail says it came for the format rather than for the whole process. */
    private static final List<SubscriptionScope> SPECIFIC_FIRST = List.of(SubscriptionScope.FORMAT,
            SubscriptionScope.FIELD_OF_ACTION, SubscriptionScope.DISTRICT, SubscriptionScope.PROCESS);

    /** What is fanned out: the news, the subscriptions it is for, and the kind that labels its mails. */
    record Announcement(List<UUID> followers, SubscriptionMails.News news, String label) {
    }

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriptionMails mails;

    @Inject
    SubscriptionScopes scopes;

    @Inject
    MailOutbox mailOutbox;

    @Inject
    Outbox outbox;

    @Inject
    NotificationPreferences preferences;

    @Inject
    Digests digests;

    @Inject
    ObjectMapper json;

    /** Tells the confirmed followers of any of these scopes (by type, the keys of each); {@code label} names the kind. */
    @Transactional(TxType.MANDATORY)
    void tell(Map<SubscriptionScope, List<String>> followedScopes, SubscriptionMails.News news, String label) {
        List<Subscription> followers = subscriptions.confirmedFollowers(followedScopes);
        if (followers.isEmpty()) {
            return;
        }
        Map<String, Subscription> byRecipient = followers.stream().collect(Collectors.toMap(Subscription::recipient,
                s -> s, (a, b) -> SPECIFIC_FIRST.indexOf(a.scopeType) <= SPECIFIC_FIRST.indexOf(b.scopeType) ? a : b));
        List<UUID> chosen = byRecipient.values().stream().map(s -> s.id).toList();
        try {
            outbox.enqueue(CHANNEL, UUID.randomUUID(), label,
                    json.writeValueAsString(new Announcement(chosen, news, label)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("News of plain strings is always JSON", e);
        }
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public Result deliver(Message message) {
        Announcement announcement;
        try {
            announcement = json.readValue(message.payload(), Announcement.class);
        } catch (JsonProcessingException e) {
            return Result.refused("not an announcement");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (outbox.settleWithin(message.id(), message.attempt())) {
                fanOut(announcement);
            }
        });
        return Result.delivered(200);
    }

    private void fanOut(Announcement announcement) {
        List<Subscription> followers = subscriptions.stillConfirmed(announcement.followers());
        Set<String> wantDigest = preferences.wantingDigest(followers.stream()
                .map(s -> s.accountSubject).filter(Objects::nonNull).toList());
        Map<String, String> titles = new HashMap<>();
        for (Subscription follower : followers) {
            if (wantDigest.contains(follower.accountSubject)) {
                digests.hold(follower.accountSubject, follower.id, announcement.news());
                continue;
            }
            String followed = titles.computeIfAbsent(follower.scopeType + "/" + follower.scopeKey,
                    key -> scopes.find(follower.scopeType, follower.scopeKey).map(SubscriptionScopes.Place::title)
                            .orElse(follower.scopeKey));
            mailOutbox.send(follower.id, announcement.label(), mails.news(follower, followed, announcement.news()));
        }
    }
}
