package org.mitwirken.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.mitwirken.common.Actor;
import org.mitwirken.common.paging.PageRequest;

@ApplicationScoped
public class AuditService {

    @Inject
    AuditEntryRepository repository;

    @Inject
    Clock clock;

    /** In a transaction of its own: a refused call rolls its own work back, its audit entry stays. */
    void record(Actor actor, String roles, String method, String operation, String path, int status) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = clock.instant();
        entry.actor = actor.name();
        entry.actorSubject = actor.subject();
        entry.actorRoles = roles;
        entry.method = method;
        entry.operation = operation;
        entry.path = path.length() > 500 ? path.substring(0, 500) : path;
        entry.status = status;
        QuarkusTransaction.requiringNew().run(() -> repository.persist(entry));
    }

    public AuditLogPage log(String actor, PageRequest paging) {
        Sort newestFirst = Sort.by("occurredAt").descending().and("id");
        var query = actor == null ? repository.findAll(newestFirst)
                : repository.find("actor = ?1 or actorSubject = ?1", newestFirst, actor);
        return new AuditLogPage(query.page(Page.of(paging.page(), paging.size())).list().stream()
                .map(AuditEntryResponse::of).toList(), paging.page(), paging.size(), query.count());
    }
}
