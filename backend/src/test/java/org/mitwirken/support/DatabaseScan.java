package org.mitwirken.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Searches every text, JSON and binary column of every table for a value, to prove it is stored nowhere. */
public final class DatabaseScan {
    private DatabaseScan() {
    }

    /** The columns ("table.column") holding the value anywhere in them. */
    public static List<String> columnsHolding(DataSource dataSource, String value) {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet columns = connection.createStatement().executeQuery("""
                        select table_name, column_name, data_type from information_schema.columns
                        where table_schema = 'public' and table_name <> 'flyway_schema_history'
                          and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea',
                                            'inet', 'cidr', 'tsvector')""")) {
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                String text = "bytea".equals(columns.getString(3))
                        ? "encode(\"" + column + "\", 'escape')" : "\"" + column + "\"::text";
                try (var statement = connection.prepareStatement(
                        "select exists (select from \"" + table + "\" where position(? in " + text + ") > 0)")) {
                    statement.setString(1, value);
                    try (ResultSet hit = statement.executeQuery()) {
                        hit.next();
                        if (hit.getBoolean(1)) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
