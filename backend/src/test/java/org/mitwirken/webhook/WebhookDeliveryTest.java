package org.mitwirken.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.outbox.OutboxSender;
import org.mitwirken.process.ProcessRequest;
import org.mitwirken.process.ProcessResponse;
import org.mitwirken.process.ProcessService;

@QuarkusTest
@DisplayName("Webhooks: signed deliveries from the outbox")
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookService webhooks;

    @Inject
    OutboxSender sender;

    @Inject
    FormatService formats;

    @Inject
    ProcessService processes;

    private WebhookReceiver receiver;
    private final List<WebhookSecret> registered = new ArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void removeWebhooks() {
        registered.forEach(webhook -> webhooks.delete(webhook.webhook().id()));
        receiver.close();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a format that becomes public reaches the app as a signed format.published naming only its id and "
            + "path, and staff see the delivery with its attempt")
    void publishedFormatIsDelivered() throws Exception {
        WebhookSecret webhook = register(ChangeType.FORMAT_PUBLISHED);
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        Instant sent = Instant.now();

        sender.drain();

        assertThat(receiver.received(), hasSize(1));
        WebhookReceiver.Received delivery = receiver.received().get(0);
        assertThat(delivery.header("content-type"), equalTo("application/json"));
        long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
        assertThat(Math.abs(timestamp - sent.getEpochSecond()) < 60, is(true));
        assertThat(StandardWebhooksVerifier.verify(webhook.secret(), delivery.header("webhook-id"),
                delivery.header("webhook-timestamp"), delivery.body(), delivery.header("webhook-signature")), is(true));
        JsonNode body = JSON.readTree(delivery.body());
        assertThat(fieldNames(body), contains("type", "timestamp", "data"));
        assertThat(fieldNames(body.get("data")), contains("id", "path"));
        assertThat(body.get("type").asText(), equalTo("format.published"));
        assertThat(body.get("data").get("id").asText(), equalTo(format.id().toString()));
        assertThat(body.get("data").get("path").asText(), equalTo("/api/v1/formats/" + format.slug()));

        api().when().get("/api/v1/webhooks/" + webhook.webhook().id() + "/deliveries").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(delivery.header("webhook-id")))
                .body("items[0].eventType", equalTo("format.published"))
                .body("items[0].state", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastAttempts[0].status", equalTo(204));
    }

    @Test
    @DisplayName("drafts, rolled-back changes and event types a webhook did not ask for announce nothing; "
            + "withdrawing a public format announces format.withdrawn")
    void onlyPublicCommittedChangesOfWantedTypes() {
        register(ChangeType.FORMAT_PUBLISHED, ChangeType.FORMAT_WITHDRAWN);
        String process = aProcess().create().slug();
        FormatResponse draft = aFormatIn(process).draft().create();
        QuarkusTransaction.begin();
        formats.setPublicationState(draft.slug(), PublicationState.PUBLISHED);
        QuarkusTransaction.rollback();
        ProcessResponse published = processes.get(process, true);
        processes.update(process, new ProcessRequest(process, "Neuer Titel", "Worum es geht", null,
                published.status(), List.of(), published.version()));
        sender.drain();
        assertThat(receiver.received(), empty());

        FormatResponse format = aFormatIn(process).create();
        formats.setPublicationState(format.slug(), PublicationState.DRAFT);
        sender.drain();

        assertThat(receiver.received().stream().map(WebhookDeliveryTest::type).toList(),
                contains("format.published", "format.withdrawn"));
    }

    @Test
    @DisplayName("a published process announces a change of its phases as phases.changed and other edits as "
            + "process.updated")
    void processChanges() throws Exception {
        register(ChangeType.PROCESS_UPDATED, ChangeType.PHASES_CHANGED);
        ProcessResponse process = aProcess().withPhase("analyse").create();
        ProcessResponse renamed = processes.update(process.slug(), new ProcessRequest(process.slug(), "Umbenannt",
                "Worum es geht", null, process.status(), List.of(new org.mitwirken.process.PhaseRequest("analyse",
                        "Phase analyse", java.time.LocalDate.of(2024, 1, 1), null)), process.version()));
        processes.update(process.slug(), new ProcessRequest(process.slug(), "Umbenannt", "Worum es geht", null,
                process.status(), List.of(), renamed.version()));
        sender.drain();

        assertThat(receiver.received().stream().map(WebhookDeliveryTest::type).toList(),
                contains("process.updated", "phases.changed"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a failing receiver is retried after the configured waits, given up after the last, and sent "
            + "again on request")
    void retriesWithBackoff() {
        WebhookSecret webhook = register();
        String deliveries = "/api/v1/webhooks/" + webhook.webhook().id() + "/deliveries";
        receiver.answer(500);
        api().when().post("/api/v1/webhooks/" + webhook.webhook().id() + "/test").then().statusCode(202);
        Instant now = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        at(now);
        sender.drain();
        api().when().get(deliveries).then().statusCode(200)
                .body("items[0].state", equalTo("PENDING"))
                .body("items[0].eventType", equalTo("webhook.test"))
                .body("items[0].nextAttemptAt", equalTo(now.plus(Duration.ofMinutes(1)).toString()))
                .body("items[0].lastAttempts[0].status", equalTo(500))
                .body("items[0].lastAttempts[0].failure", equalTo("the receiver answered 500"));
        sender.drain();
        assertThat(receiver.received(), hasSize(1));

        at(now.plus(Duration.ofMinutes(2)));
        sender.drain();
        at(now.plus(Duration.ofHours(2)));
        sender.drain();
        String id = api().when().get(deliveries).then().statusCode(200)
                .body("items[0].state", equalTo("ABANDONED")).body("items[0].attempts", equalTo(3))
                .body("items[0].lastAttempts.number", contains(3, 2, 1))
                .extract().path("items[0].id");
        assertThat(receiver.received(), hasSize(3));

        receiver.answer(200);
        api().when().post(deliveries + "/" + id + "/retry").then().statusCode(200).body("state", equalTo("PENDING"));
        sender.drain();
        api().when().get(deliveries).then().body("items[0].state", equalTo("DELIVERED"));
        Set<String> ids = receiver.received().stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
        assertThat(ids, contains(id));
        api().when().post(deliveries + "/" + id + "/retry").then().statusCode(409);
        api().when().get(deliveries).then().body("items[0].lastAttempts.number", contains(4, 3, 2, 1));
    }

    @Test
    @DisplayName("two instances draining at once deliver every message exactly once")
    void concurrentDrainsNeverDuplicate() throws Exception {
        WebhookSecret webhook = register();
        for (int i = 0; i < 30; i++) {
            webhooks.sendTest(webhook.webhook().id());
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            start.await();
            return sender.drain();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(instance);
            var second = pool.submit(instance);
            start.countDown();
            assertThat(first.get() + second.get() >= 30, is(true));
        } finally {
            pool.shutdown();
        }
        List<String> ids = receiver.received().stream().map(r -> r.header("webhook-id")).toList();
        assertThat(ids, hasSize(30));
        assertThat(Set.copyOf(ids), hasSize(30));
    }

    @Test
    @DisplayName("after a secret rotation a delivery carries a signature with each secret, so receivers can switch")
    void rotationSignsWithBoth() throws Exception {
        WebhookSecret before = register();
        WebhookSecret after = webhooks.rotateSecret(before.webhook().id());
        webhooks.sendTest(before.webhook().id());
        sender.drain();

        WebhookReceiver.Received delivery = receiver.received().get(0);
        for (String secret : List.of(before.secret(), after.secret())) {
            assertThat(StandardWebhooksVerifier.verify(secret, delivery.header("webhook-id"),
                    delivery.header("webhook-timestamp"), delivery.body(), delivery.header("webhook-signature")),
                    is(true));
        }
        assertThat(StandardWebhooksVerifier.verify(WebhookSignature.newSecret(), delivery.header("webhook-id"),
                delivery.header("webhook-timestamp"), delivery.body(), delivery.header("webhook-signature")),
                is(false));
    }

    @Test
    @DisplayName("a paused webhook is sent nothing new")
    void pausedReceivesNothing() {
        WebhookSecret webhook = register();
        webhooks.update(webhook.webhook().id(), new WebhookRequest("app", receiver.url(), List.of(), false,
                webhook.webhook().version()));
        aFormatIn(aProcess().create().slug()).create();
        sender.drain();
        assertThat(receiver.received(), empty());
    }

    private WebhookSecret register(ChangeType... events) {
        WebhookSecret webhook = webhooks.create(new WebhookRequest("test-city-app", receiver.url(), List.of(events),
                null, null));
        registered.add(webhook);
        return webhook;
    }

    private static void at(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }

    private static String type(WebhookReceiver.Received delivery) {
        try {
            return JSON.readTree(delivery.body()).get("type").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
