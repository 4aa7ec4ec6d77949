package org.mitwirken.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.privacy.StaffRecords;

@ApplicationScoped
public class AuditPersonalData extends StaffRecords {
    AuditPersonalData() {
        super("auditLog", new NamedIn("audit_entry", "actor", "occurred_at"));
    }
}
