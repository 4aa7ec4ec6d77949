package org.mitwirken.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.PersonalData;

/**
 * The schema is the metamodel: a new table with a column that names an account, a participant or the staff member
 * who acted fails this test until a feature exports and erases it.
 */
@QuarkusTest
@DisplayName("Export and erasure cover every table with account data")
class PersonalDataCoverageTest {
    /** Column names that hold who did something: authors, participants, staff. */
    private static final String ACCOUNT_COLUMN = "^(author_subject|author_name|participant|account_hash|moderator"
            + "|actor|.*_by)$";

    @Inject
    DataSource dataSource;

    @Inject
    Instance<PersonalData> features;

    @Test
    @DisplayName("every table with an account column belongs to a feature's export and erasure")
    void everyAccountTableIsCovered() throws SQLException {
        Set<String> covered = features.stream().flatMap(f -> f.accountColumns().stream()).map(AccountColumn::table)
                .collect(Collectors.toSet());
        Set<String> accountTables = tablesWith(ACCOUNT_COLUMN);
        assertTrue(accountTables.size() >= 10, "found " + accountTables);
        Set<String> uncovered = new TreeSet<>(accountTables);
        uncovered.removeAll(covered);
        assertEquals(Set.of(), uncovered, "tables with account data that no PersonalData exports and erases");
    }

    @Test
    @DisplayName("every account column a feature claims exists, so a rename cannot leave data behind unnoticed")
    void claimedColumnsExist() throws SQLException {
        Set<String> claimed = new TreeSet<>(features.stream().flatMap(f -> f.accountColumns().stream())
                .map(column -> column.table() + "." + column.column()).toList());
        claimed.removeAll(columnsWith(".*"));
        assertEquals(Set.of(), claimed);
    }

    @Test
    @DisplayName("every column holding an account's subject is declared, so the deleted-login sync and the carry-over "
            + "find it")
    void everySubjectColumnIsDeclared() throws SQLException {
        Set<String> declared = features.stream().flatMap(f -> f.accountColumns().stream())
                .map(column -> column.table() + "." + column.column()).collect(Collectors.toSet());
        Set<String> undeclared = new TreeSet<>(columnsWith("^(.*_subject|participant)$"));
        undeclared.removeAll(declared);
        assertEquals(Set.of(), undeclared);
    }

    private Set<String> tablesWith(String columnPattern) throws SQLException {
        return columnsWith(columnPattern).stream().map(column -> column.substring(0, column.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> columnsWith(String columnPattern) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select table_name || '.' || column_name from information_schema.columns "
                        + "where table_schema = 'public' and table_name <> 'flyway_schema_history' "
                        + "and column_name ~ ?")) {
            statement.setString(1, columnPattern);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }
}
