package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.api.ErrorCode;

/**
 * H2's SQL: it reads a page in an index's order only when told which index, so the inbox's reads
 * name it.
 */
final class H2Dialect extends Dialect {

    private final Map<String, String> primaryKeyIndexes = new ConcurrentHashMap<>();

    /**
     * H2 reads a page in an index's order only when told which index, and a list of ids by primary
     * key only when told so (else it may walk an order's index past every row).
     */
    @Override
    String from(String table, String alias, String index) {
        return table + " " + alias + (index == null ? "" : " USE INDEX (" + index + ")");
    }

    /**
     * The name H2 gave the primary key index of {@code table}: the migrations name none. Looked up
     * the first time, then kept: only a migration changes it, and migrations run before the
     * database is used.
     */
    @Override
    String primaryKeyIndex(Connection connection, String table) throws SQLException {
        String known = primaryKeyIndexes.get(table);
        if (known != null) {
            return known;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                + "WHERE TABLE_NAME = ? AND INDEX_TYPE_NAME = 'PRIMARY KEY'")) {
            select.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException(table + " has no primary key index");
                }
                String name = result.getString(1);
                primaryKeyIndexes.put(table, name);
                return name;
            }
        }
    }

    /** H2 keeps the number of rows, so this reads none. */
    @Override
    long rowEstimate(Connection connection, String table) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1;
    }
}
