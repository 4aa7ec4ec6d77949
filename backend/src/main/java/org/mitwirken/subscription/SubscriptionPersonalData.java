package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;

/** What an account follows, how it hears, and the news waiting for its digest. */
@ApplicationScoped
public class SubscriptionPersonalData implements PersonalData {

    public record WaitingNews(String heading, String url) {
    }

    public record NotificationData(NotificationFrequency frequency, boolean ownContributions, String language,
            List<NotificationSettings.FollowedScope> following, List<WaitingNews> waitingForDigest) {
    }

    @Inject
    AccountNotifications notifications;

    @Inject
    Digests digests;

    @Override
    public List<AccountColumn> accountColumns() {
        return List.of(AccountColumn.of("subscription", "account_subject"),
                AccountColumn.of("notification_preference", "account_subject"),
                AccountColumn.of("digest_item", "account_subject"));
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public NotificationData export(String account) {
        List<WaitingNews> waiting = digests.waiting(account).stream()
                .map(news -> new WaitingNews(news.headingDe(), news.url())).toList();
        // Whether Keycloak verified the address is Keycloak's to export, not ours.
        NotificationSettings settings = notifications.settings(account, false);
        return new NotificationData(settings.frequency(), settings.ownContributions(), settings.language(),
                settings.following(), waiting);
    }

    @Override
    public void erase(String account, ErasureMode mode) {
        notifications.erase(account);
    }

    @Override
    public void retire(Set<UUID> formats, ErasureMode contributions) {
        // Follows name no contribution; a completed process's followers hear nothing more of it anyway.
    }
}
