package org.mitwirken.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/**
 * Registrations made with a login belong to the account's data: exported with name, address and answers, and
 * erased like a cancellation (the seat goes to the first who waits), without a mail to the erased address.
 */
@ApplicationScoped
public class RegistrationPersonalData implements PersonalData {

    public record RegistrationRecord(UUID formatId, String format, String name, String email,
            RegistrationStatus status, List<String> answers, Instant createdAt) {
    }

    @Inject
    RegistrationService service;

    @Inject
    FormatService formats;

    @Override
    public List<AccountColumn> accountColumns() {
        return List.of(AccountColumn.of("registration", "account_subject"));
    }

    @Override
    public String section() {
        return "registrations";
    }

    @Override
    public List<RegistrationRecord> export(String account) {
        List<Registration> own = service.ofAccount(account);
        Map<UUID, FormatRef> titles = formats.refsByIds(own.stream().map(r -> r.formatId).toList());
        return own.stream().map(r -> new RegistrationRecord(r.formatId,
                titles.containsKey(r.formatId) ? titles.get(r.formatId).title() : null, r.name, r.email, r.status,
                r.answers, r.createdAt)).toList();
    }

    @Override
    public void erase(String account, ErasureMode mode) {
        service.ofAccount(account).forEach(registration -> service.withdraw(registration, false));
    }

    @Override
    public void retire(Set<UUID> formatIds, ErasureMode contributions) {
        service.forget(formatIds);
    }
}
