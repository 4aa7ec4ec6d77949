package org.mitwirken.common.privacy;

/**
 * A column that holds an account's subject, after a fixed {@code prefix} (e.g. {@code account:} for ballots). Where
 * the column is unique together with another one (one support per comment and account), that one is {@code uniqueWith};
 * otherwise null. Names are constants of the declaring feature, never input.
 */
public record AccountColumn(String table, String column, String prefix, String uniqueWith) {

    public static AccountColumn of(String table, String column) {
        return new AccountColumn(table, column, "", null);
    }
}
