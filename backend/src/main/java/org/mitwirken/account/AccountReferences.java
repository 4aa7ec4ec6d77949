package org.mitwirken.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.PersonalData;

/**
 * Every stored reference to an account, found through the columns the features declare. Subjects never contain a
 * colon (Keycloak's are UUIDs); values with one are placeholders: erased participants and login names kept from before
 * accounts were known by subject ({@value #LEGACY_LOGIN}).
 */
@ApplicationScoped
public class AccountReferences {
    static final String LEGACY_LOGIN = "legacy-login:";

    @Inject
    Instance<PersonalData> features;

    @Inject
    EntityManager entityManager;

    /** Every account subject stored anywhere. */
    public Set<String> subjects() {
        Set<String> subjects = new TreeSet<>();
        columns().forEach(column -> subjects.addAll(values(column, "")));
        subjects.removeIf(value -> value.contains(":"));
        return subjects;
    }

    /** Login names stored before accounts were known by subject, not yet carried over. */
    public Set<String> legacyNames() {
        Set<String> names = new TreeSet<>();
        columns().forEach(column -> names.addAll(values(column, LEGACY_LOGIN)));
        return names;
    }

    /** The placeholder under which a legacy name's data is stored, as erasure takes it. */
    static String legacyAccount(String name) {
        return LEGACY_LOGIN + name;
    }

    /**
     * Gives the account with this subject what was stored under its former login name, in the caller's transaction.
     * Where the account has meanwhile done the same again (supported the same comment), the older row goes.
     */
    public void carryOver(String name, String subject) {
        for (AccountColumn column : columns()) {
            String former = column.prefix() + legacyAccount(name);
            String current = column.prefix() + subject;
            if (column.uniqueWith() != null) {
                entityManager.createNativeQuery("delete from " + column.table() + " where " + column.column()
                        + " = ?1 and " + column.uniqueWith() + " in (select " + column.uniqueWith() + " from "
                        + column.table() + " where " + column.column() + " = ?2)")
                        .setParameter(1, former).setParameter(2, current).executeUpdate();
            }
            entityManager.createNativeQuery("update " + column.table() + " set " + column.column() + " = ?1 where "
                    + column.column() + " = ?2").setParameter(1, current).setParameter(2, former).executeUpdate();
        }
    }

    private List<AccountColumn> columns() {
        return features.stream().flatMap(feature -> feature.accountColumns().stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> values(AccountColumn column, String after) {
        String start = column.prefix() + after;
        return entityManager.createNativeQuery("select distinct substr(" + column.column() + ", ?2) from "
                + column.table() + " where " + column.column() + " like ?1").setParameter(1, like(start) + "%")
                .setParameter(2, start.length() + 1).getResultList();
    }

    private static String like(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
