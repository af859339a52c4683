package webcare.store.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** How many rows each of the workbench's tables holds: what a recovery is measured against. */
final class RowCounts {

    /** The table whose count people recognise. */
    static final String MENTIONS = "mention";

    private RowCounts() {}

    /** Rows per table, by lower-case table name. Cheap in H2: a table knows its row count. */
    static Map<String, Long> count(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                result.next();
                rows.put(table.toLowerCase(Locale.ROOT), result.getLong(1));
            }
        }
        return rows;
    }
}
