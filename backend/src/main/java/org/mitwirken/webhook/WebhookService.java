package org.mitwirken.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.Versions;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.outbox.Delivery;
import org.mitwirken.outbox.DeliveryPage;
import org.mitwirken.outbox.Outbox;

/** Registering, changing and testing webhooks, and what staff see of their deliveries. */
@ApplicationScoped
public class WebhookService {

    @Inject
    WebhookRepository repository;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookAnnouncer announcer;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mitwirken.webhooks.previous-secret-valid-for")
    Duration previousSecretValidFor;

    public WebhookPage list(PageRequest paging) {
        var query = repository.find("order by createdAt, id").page(paging.page(), paging.size());
        List<WebhookResponse> items = query.list().stream().map(WebhookResponse::of).toList();
        return new WebhookPage(items, paging.page(), paging.size(), query.count());
    }

    public WebhookResponse get(UUID id) {
        return WebhookResponse.of(existing(id));
    }

    @Transactional
    public WebhookSecret create(WebhookRequest request) {
        WebhookSubscription webhook = new WebhookSubscription();
        webhook.secret = WebhookSignature.newSecret();
        apply(request, webhook);
        repository.persist(webhook);
        repository.flush();
        return new WebhookSecret(WebhookResponse.of(webhook), webhook.secret);
    }

    @Transactional
    public WebhookResponse update(UUID id, WebhookRequest request) {
        WebhookSubscription webhook = existing(id);
        Versions.requireCurrent(request.version(), webhook.version);
        apply(request, webhook);
        repository.flush();
        return WebhookResponse.of(webhook);
    }

    /** A new secret; the old one still signs for a while, so the receiver can switch without losing deliveries. */
    @Transactional
    public WebhookSecret rotateSecret(UUID id) {
        WebhookSubscription webhook = existing(id);
        webhook.previousSecret = webhook.secret;
        webhook.previousSecretUntil = clock.instant().plus(previousSecretValidFor);
        webhook.secret = WebhookSignature.newSecret();
        repository.flush();
        return new WebhookSecret(WebhookResponse.of(webhook), webhook.secret);
    }

    @Transactional
    public void delete(UUID id) {
        WebhookSubscription webhook = existing(id);
        outbox.forget(webhook.id);
        repository.delete(webhook);
    }

    /** Sends a {@code webhook.test} event to this webhook alone, whatever types it receives. */
    @Transactional
    public void sendTest(UUID id) {
        WebhookSubscription webhook = existing(id);
        PublicChange test = new PublicChange(ChangeType.WEBHOOK_TEST, webhook.id.toString(),
                "/api/v1/webhooks/" + webhook.id);
        announcer.send(webhook, test, announcer.payload(test, clock.instant()));
    }

    public DeliveryPage deliveries(UUID id, PageRequest paging) {
        return outbox.deliveries(existing(id).id, paging);
    }

    public Delivery redeliver(UUID id, UUID deliveryId) {
        return outbox.redeliver(existing(id).id, deliveryId);
    }

    private void apply(WebhookRequest request, WebhookSubscription webhook) {
        targets.problemWith(request.url()).ifPresent(problem -> {
            throw ValidationProblem.of("url", problem);
        });
        webhook.appClient = request.appClient();
        webhook.url = request.url();
        webhook.events(request.events() == null ? List.of() : request.events());
        webhook.active = request.active() == null || request.active();
    }

    private WebhookSubscription existing(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(id.toString()));
    }
}
