package org.mitwirken.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.outbox.OutboxChannel;

/** Delivers outbox messages to webhooks: one signed POST each, no redirects followed, the answer's body unread. */
@ApplicationScoped
class WebhookChannel implements OutboxChannel {
    static final String NAME = "webhook";

    @Inject
    WebhookRepository repository;

    @Inject
    WebhookTargets targets;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mitwirken.webhooks.timeout")
    Duration timeout;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result deliver(Message message) {
        Optional<Endpoint> endpoint = QuarkusTransaction.requiringNew()
                .call(() -> repository.findByIdOptional(message.destination()).map(Endpoint::of));
        if (endpoint.isEmpty()) {
            return Result.refused("the webhook no longer exists");
        }
        if (!endpoint.get().active()) {
            return Result.refused("the webhook is paused");
        }
        try {
            URI uri = URI.create(endpoint.get().url());
            Optional<String> refusal = targets.refusal(uri);
            if (refusal.isPresent()) {
                return Result.refused(refusal.get());
            }
            return post(uri, endpoint.get(), message);
        } catch (UnknownHostException e) {
            return Result.failed(null, "unknown host");
        } catch (HttpTimeoutException e) {
            return Result.failed(null, "timeout");
        } catch (IOException e) {
            return Result.failed(null, "connection failed");
        } catch (IllegalArgumentException e) {
            return Result.refused("the URL cannot be called");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.failed(null, "interrupted");
        }
    }

    private Result post(URI uri, Endpoint endpoint, Message message) throws IOException, InterruptedException {
        String id = message.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Mitwirken-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", endpoint.signatures(id, timestamp, message.payload(), clock.instant()))
                .POST(HttpRequest.BodyPublishers.ofString(message.payload(), StandardCharsets.UTF_8)).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        int status = response.statusCode();
        return status >= 200 && status < 300 ? Result.delivered(status)
                : Result.failed(status, "the receiver answered " + status);
    }

    private record Endpoint(String url, boolean active, String secret, String previousSecret, Instant previousUntil) {
        static Endpoint of(WebhookSubscription webhook) {
            return new Endpoint(webhook.url, webhook.active, webhook.secret, webhook.previousSecret,
                    webhook.previousSecretUntil);
        }

        String signatures(String id, long timestamp, String body, Instant now) {
            String current = WebhookSignature.sign(secret, id, timestamp, body);
            boolean previousValid = previousSecret != null && previousUntil != null && now.isBefore(previousUntil);
            return previousValid ? current + " " + WebhookSignature.sign(previousSecret, id, timestamp, body) : current;
        }
    }
}
