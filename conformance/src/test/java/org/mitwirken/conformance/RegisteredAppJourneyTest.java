package org.mitwirken.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.client.ApiException;
import org.mitwirken.client.ApiResponse;
import org.mitwirken.client.api.CommentsApi;
import org.mitwirken.client.api.FormatsApi;
import org.mitwirken.client.api.ProcessesApi;
import org.mitwirken.client.api.WebhooksApi;
import org.mitwirken.client.model.CommentRequest;
import org.mitwirken.client.model.CommentTargetType;
import org.mitwirken.client.model.DeliveryState;
import org.mitwirken.client.model.Format;
import org.mitwirken.client.model.ProcessPage;
import org.mitwirken.client.model.WebhookEventType;
import org.mitwirken.client.model.WebhookRequest;
import org.mitwirken.client.model.WebhookWithSecret;

/**
 * Registered apps as keycloak/development-overlay.json registers them: {@code example-city-app} acts for citizens
 * (public client, PKCE; named in MITWIRKEN_APP_CLIENTS by scripts/conformance.sh), {@code example-newsroom} is a
 * server-side app (client credentials) that reads and receives webhooks. docs/api.md quotes these journeys.
 */
@DisplayName("Registered apps: their allowance, server apps that only read, and signed webhooks")
class RegisteredAppJourneyTest {

    @Test
    @DisplayName("a citizen's call through a registered app reports the app's allowance in RateLimit headers")
    void appAllowanceInHeaders() throws ApiException {
        ApiResponse<ProcessPage> answer = new ProcessesApi(Clients.loggedInThroughApp("example-city-app", "citizen"))
                .listProcessesWithHttpInfo(0, 20);
        Map<String, List<String>> headers = answer.getHeaders();
        assertTrue(header(headers, "RateLimit-Policy").matches("\"app\";q=\\d+;w=600"), headers.toString());
        assertTrue(header(headers, "RateLimit").matches("\"app\";r=\\d+;t=\\d+"), headers.toString());
    }

    @Test
    @DisplayName("a server app logged in as itself reads, and its attempt to comment is refused with 403")
    void serverAppReadsOnly() throws ApiException {
        var newsroom = Clients.serverApp("example-newsroom", "dev-only-example-newsroom-secret");
        Format walks = new FormatsApi(newsroom).getFormat("begehungen-ortsbezirke-2024");
        ApiException refused = assertThrows(ApiException.class, () -> new CommentsApi(newsroom).createComment(
                new CommentRequest().targetType(CommentTargetType.FORMAT).targetId(walks.getId())
                        .text("Automatisch geschrieben")));
        assertEquals(403, refused.getCode());
        assertTrue(refused.getResponseBody().contains("urn:mitwirken:problem:server-app-read-only"));
    }

    @Test
    @DisplayName("an admin registers a webhook; its test event arrives signed as Standard Webhooks says, and the "
            + "delivery shows as delivered")
    void signedWebhook() throws Exception {
        BlockingQueue<Map<String, String>> received = new ArrayBlockingQueue<>(10);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/mitwirken-hook", exchange -> {
            received.add(Map.of("webhook-id", exchange.getRequestHeaders().getFirst("webhook-id"),
                    "webhook-timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    "webhook-signature", exchange.getRequestHeaders().getFirst("webhook-signature"),
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        WebhooksApi webhooks = new WebhooksApi(Clients.loggedInAs("admin"));
        WebhookWithSecret created = webhooks.createWebhook(new WebhookRequest().appClient("example-newsroom")
                .url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/mitwirken-hook")
                .events(List.of(WebhookEventType.WEBHOOK_TEST)));
        try {
            webhooks.testWebhook(created.getWebhook().getId());
            Map<String, String> delivery = received.poll(30, TimeUnit.SECONDS);
            assertTrue(delivery != null, "the test event arrives within 30 seconds");
            assertTrue(verify(created.getSecret(), delivery), "the signature verifies with the secret");
            assertTrue(delivery.get("body").contains("\"type\":\"webhook.test\""), delivery.get("body"));
            assertEquals(DeliveryState.DELIVERED, waitUntilSettled(webhooks, created));
        } finally {
            webhooks.deleteWebhook(created.getWebhook().getId());
            receiver.stop(0);
        }
    }

    /**
     * How a receiver checks a delivery (Standard Webhooks): HMAC-SHA256 over {@code id.timestamp.body} keyed with the
     * base64 part of the secret, compared in constant time with each {@code v1,} signature; a timestamp more than
     * five minutes away is refused, so a captured delivery cannot be replayed later.
     */
    static boolean verify(String secret, Map<String, String> delivery) throws Exception {
        long timestamp = Long.parseLong(delivery.get("webhook-timestamp"));
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            return false;
        }
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())),
                "HmacSHA256"));
        byte[] expected = hmac.doFinal((delivery.get("webhook-id") + "." + timestamp + "." + delivery.get("body"))
                .getBytes(StandardCharsets.UTF_8));
        for (String signature : delivery.get("webhook-signature").split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    java.util.Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static DeliveryState waitUntilSettled(WebhooksApi webhooks, WebhookWithSecret created)
            throws ApiException, InterruptedException {
        for (int i = 0; i < 50; i++) {
            DeliveryState state = webhooks.listWebhookDeliveries(created.getWebhook().getId(), 0, 10).getItems().get(0)
                    .getState();
            if (state != DeliveryState.PENDING) {
                return state;
            }
            Thread.sleep(200);
        }
        return DeliveryState.PENDING;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse("");
    }
}
