package org.mitwirken.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.outbox.Outbox;

/**
 * Turns a public change into one outbox message per webhook that wants it, in the transaction of the change. The body
 * names the event, when it happened and what it concerns (id and API path), never content or persons: an app reads
 * the current state from the API, as anyone may.
 */
@ApplicationScoped
class WebhookAnnouncer {

    @Inject
    WebhookRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    void announce(@Observes PublicChange change) {
        List<WebhookSubscription> receivers = repository.active().stream()
                .filter(webhook -> webhook.wants(change.type())).toList();
        if (!receivers.isEmpty()) {
            String payload = payload(change, clock.instant());
            receivers.forEach(webhook -> send(webhook, change, payload));
        }
    }

    void send(WebhookSubscription webhook, PublicChange change, String payload) {
        outbox.enqueue(WebhookChannel.NAME, webhook.id, change.type().eventType(), payload);
    }

    String payload(PublicChange change, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", change.id());
        data.put("path", change.path());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", change.type().eventType());
        body.put("timestamp", at.toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
