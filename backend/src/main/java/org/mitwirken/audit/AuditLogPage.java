package org.mitwirken.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditLogPage", requiredProperties = { "items", "page", "size", "total" })
public record AuditLogPage(List<AuditEntryResponse> items, int page, int size, long total) {
}
