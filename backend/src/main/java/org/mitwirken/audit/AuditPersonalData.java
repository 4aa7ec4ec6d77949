package org.mitwirken.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.StaffRecords;

/**
 * The audit log is exported like other staff records, but erasure leaves it as it is: it is the record of what staff
 * did with their roles, kept to hold them accountable (GDPR Art. 17(3)(e)). Otherwise a moderator could reject a
 * comment and then erase their own name from the record of it.
 */
@ApplicationScoped
public class AuditPersonalData extends StaffRecords {
    AuditPersonalData() {
        super("auditLog", new NamedIn("audit_entry", "actor", "occurred_at"));
    }

    @Override
    public void erase(String account, ErasureMode mode) {
    }
}
