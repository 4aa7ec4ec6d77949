package org.mitwirken.subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.UUID;

/** Followers as the subscription service stores them, confirmed or not, for tests of who hears what. */
final class Followers {

    private Followers() {
    }

    /** Follows a scope with a new address, or with {@code address} when given; returns the address. */
    static String follow(String scopeType, String scope, String language, boolean confirmed, String... address) {
        String email = address.length > 0 ? address[0] : "folgt-" + UUID.randomUUID() + "@example.org";
        SubscriptionRepository subscriptions = CDI.current().select(SubscriptionRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            Subscription subscription = subscriptions.findOrCreate(email, SubscriptionScope.valueOf(scopeType), scope,
                    language, Instant.now());
            subscription.confirmedAt = confirmed ? Instant.now() : null;
        });
        return email;
    }
}
