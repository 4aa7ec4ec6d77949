package org.mitwirken.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.mitwirken.common.Actor;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;

@ApplicationScoped
public class AccountService {

    @Inject
    Instance<PersonalData> features;

    @Inject
    Clock clock;

    @Transactional
    public AccountExport export(Actor account) {
        Map<String, Object> sections = new TreeMap<>();
        features.forEach(feature -> sections.put(feature.section(), feature.export(account.subject())));
        return new AccountExport(account.subject(), account.name(), clock.instant(), sections);
    }

    /** All features or none: a failure halfway leaves the account's data as it was. */
    @Transactional
    public void erase(String account, ErasureMode mode) {
        features.forEach(feature -> feature.erase(account, mode));
    }
}
