package org.mitwirken.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    List<WebhookSubscription> active() {
        return list("active = true order by createdAt, id");
    }
}
