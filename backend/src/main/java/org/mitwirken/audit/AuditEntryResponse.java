package org.mitwirken.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "A state-changing call by an admin or moderator",
        requiredProperties = { "id", "occurredAt", "actor", "actorRoles", "method", "operation", "path", "status" })
public record AuditEntryResponse(
        UUID id,
        Instant occurredAt,
        @Schema(description = "The staff account's login name at the time: a label") String actor,
        @Schema(nullable = true, description = "The staff account's subject (its id in the identity provider), which "
                + "identifies it: two accounts may have had the same login name") String actorSubject,
        @Schema(description = "The staff roles the account held") List<String> actorRoles,
        String method,
        @Schema(description = "The operationId in openapi.yaml") String operation,
        @Schema(description = "The path called, naming the item") String path,
        @Schema(description = "The HTTP status answered; 4xx means the action was refused") int status) {

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.id, entry.occurredAt, entry.actor, entry.actorSubject,
                List.of(entry.actorRoles.split(",")), entry.method, entry.operation, entry.path, entry.status);
    }
}
