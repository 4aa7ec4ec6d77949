package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.mail.MailOutbox;

/**
 * What an account follows and how often it hears. An account follows without double opt-in, because Keycloak verified
 * its address; one without a verified address can follow nothing, since nothing could reach it.
 */
@ApplicationScoped
public class AccountNotifications {

    @Inject
    NotificationPreferences preferences;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriptionScopes scopes;

    @Inject
    Digests digests;

    @Inject
    MailOutbox outbox;

    public NotificationSettings settings(String account, boolean emailVerified) {
        NotificationPreference preference = preferences.of(account).orElseGet(NotificationPreference::new);
        List<NotificationSettings.FollowedScope> following = subscriptions.followedBy(account).stream()
                .map(s -> scopes.find(s.scopeType, s.scopeKey).map(place -> new NotificationSettings.FollowedScope(
                        s.scopeType, s.scopeKey, place.title(), place.path())))
                .flatMap(Optional::stream).toList();
        return new NotificationSettings(preference.frequency, preference.ownContributions, preference.language,
                emailVerified, following);
    }

    @Transactional
    public NotificationSettings change(String account, boolean emailVerified, NotificationSettingsRequest request) {
        NotificationPreference preference = preferences.findOrCreate(account);
        preference.frequency = request.frequency();
        preference.ownContributions = request.ownContributions();
        preference.language = request.language();
        subscriptions.update("language = ?1 where accountSubject = ?2", request.language(), account);
        return settings(account, emailVerified);
    }

    @Transactional
    public void follow(String account, boolean emailVerified, SubscriptionScope scope, String key) {
        if (!emailVerified) {
            throw new ProblemException(ProblemType.CONFLICT, SubscriptionCode.FOLLOW_NEEDS_VERIFIED_EMAIL);
        }
        scopes.find(scope, key).orElseThrow(() -> ProblemException.notFound(scope + " " + key));
        String language = preferences.of(account).map(p -> p.language).orElse("de");
        subscriptions.followByAccount(account, scope, key, language, Instant.now());
    }

    /** Stops following; following nothing there is harmless. */
    @Transactional
    public void unfollow(String account, SubscriptionScope scope, String key) {
        subscriptions.followedBy(account).stream().filter(s -> s.scopeType == scope && s.scopeKey.equals(key))
                .forEach(this::delete);
    }

    /** The one-click stop of an account's own-contribution mails. */
    @Transactional
    void stopOwnContributions(UUID preferenceId) {
        preferences.findByIdOptional(preferenceId).ifPresent(p -> p.ownContributions = false);
    }

    /** The one-click stop of a digest: the account follows nothing any more and hears nothing of its contributions. */
    @Transactional
    void stopAll(UUID preferenceId) {
        preferences.findByIdOptional(preferenceId).ifPresent(preference -> {
            preference.ownContributions = false;
            subscriptions.followedBy(preference.accountSubject).forEach(this::delete);
            digests.forget(preference.accountSubject);
        });
    }

    /** Everything about the account here goes: its follows, its preference, waiting news and unsent mails. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(String account) {
        subscriptions.followedBy(account).forEach(this::delete);
        digests.forget(account);
        preferences.of(account).ifPresent(preference -> {
            outbox.forget(preference.id);
            preferences.delete(preference);
        });
    }

    private void delete(Subscription subscription) {
        outbox.forget(subscription.id);
        subscriptions.delete(subscription);
    }
}
