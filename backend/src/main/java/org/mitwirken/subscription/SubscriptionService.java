package org.mitwirken.subscription;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.ratelimit.AnonymousWrites;
import org.mitwirken.mail.MailOutbox;

/**
 * Following by e-mail with double opt-in. The answer to a sign-up is the same whether the address is new, waiting for
 * its confirmation or following already, so nobody learns who follows what; one client and one address can cause only
 * a few confirmation mails, so the form cannot be used to flood someone's inbox.
 */
@ApplicationScoped
public class SubscriptionService {
    /** A confirmation mail is sent again for the same sign-up only after this long. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);
    /** At most this many confirmation mails to one address a day, over everything it signs up for. */
    static final int CONFIRMATIONS_PER_DAY = 5;
    static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriptionScopes scopes;

    @Inject
    SubscriptionMails mails;

    @Inject
    SubscriptionLinks links;

    @Inject
    MailOutbox outbox;

    @Inject
    AnonymousWrites anonymousWrites;

    @Inject
    AccountNotifications accounts;

    @Inject
    Clock clock;

    @Transactional
    public void subscribe(SubscriptionRequest request) {
        SubscriptionScopes.Place place = scopes.find(request.scopeType(), request.scope())
                .orElseThrow(() -> ValidationProblem.of("scope", GeneralCode.UNKNOWN, Map.of("value", request.scope())));
        anonymousWrites.countAnyone();
        Instant now = clock.instant();
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        Subscription subscription = subscriptions.findOrCreate(email, request.scopeType(), request.scope(),
                request.language() == null ? "de" : request.language(), now);
        boolean sentLately = subscription.confirmationSentAt != null
                && subscription.confirmationSentAt.isAfter(now.minus(RESEND_AFTER));
        if (subscription.confirmedAt != null || sentLately
                || subscriptions.confirmationsSentSince(email, now.minus(Duration.ofDays(1))) >= CONFIRMATIONS_PER_DAY) {
            return;
        }
        subscription.confirmationSentAt = now;
        outbox.send(subscription.id, "confirm subscription", mails.confirmation(subscription, place));
    }

    /** Confirms the address; again and again harmlessly. */
    @Transactional
    public SubscriptionResponse confirm(String token) {
        Subscription subscription = links.idIn(token, SubscriptionLinks.Purpose.CONFIRM)
                .flatMap(subscriptions::findByIdForUpdate).orElseThrow(SubscriptionService::invalidLink);
        if (subscription.confirmedAt == null) {
            subscription.confirmedAt = clock.instant();
        }
        SubscriptionScopes.Place place = scopes.find(subscription.scopeType, subscription.scopeKey)
                .orElseGet(() -> new SubscriptionScopes.Place(subscription.scopeKey, "/"));
        return new SubscriptionResponse(subscription.scopeType, subscription.scopeKey, place.title(), place.path());
    }

    /**
     * Deletes the subscription with its address and the mails kept for it; the links in mails to accounts stop their
     * own-contribution mails or their digests. A link this server made for something that is gone already does
     * nothing and says nothing, so unsubscribing twice is harmless.
     */
    @Transactional
    public void unsubscribe(String token) {
        Optional<UUID> subscription = links.idIn(token, SubscriptionLinks.Purpose.UNSUBSCRIBE);
        if (subscription.isPresent()) {
            subscriptions.deleteById(subscription.get());
            outbox.forget(subscription.get());
            return;
        }
        Optional<UUID> ownContributions = links.idIn(token, SubscriptionLinks.Purpose.STOP_OWN_CONTRIBUTIONS);
        if (ownContributions.isPresent()) {
            accounts.stopOwnContributions(ownContributions.get());
            return;
        }
        accounts.stopAll(links.idIn(token, SubscriptionLinks.Purpose.STOP_DIGEST)
                .orElseThrow(SubscriptionService::invalidLink));
    }

    /** Unconfirmed addresses are kept for a week, then deleted with their confirmation mail. */
    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetUnconfirmed() {
        for (UUID id : subscriptions.unconfirmedCreatedBefore(clock.instant().minus(UNCONFIRMED_KEPT))) {
            subscriptions.deleteById(id);
            outbox.forget(id);
        }
    }

    private static ProblemException invalidLink() {
        return new ProblemException(ProblemType.NOT_FOUND, SubscriptionCode.MAIL_LINK_INVALID);
    }
}
