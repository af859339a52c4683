package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** PostgreSQL's SQL: its planner chooses indexes by itself, and it estimates a table's rows from its statistics. */
final class PostgresDialect extends Dialect {

    /** SQLSTATE lock_not_available. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /**
     * {@code INSERT … ON CONFLICT (keys) DO UPDATE}: a unit of work that meets another's
     * uncommitted row with the same new key waits for it and then updates it, where MERGE would
     * raise a duplicate key. The new values, {@code v.} in {@code updates}, are PostgreSQL's
     * {@code EXCLUDED} row.
     */
    @Override
    String upsert(String table, List<String> keys, List<String> columns, String updates) {
        return "INSERT INTO " + table + " AS t (" + columns.stream().map(Dialect::name)
                .collect(Collectors.joining(", ")) + ") VALUES (" + columns.stream().map(Dialect::cast)
                .collect(Collectors.joining(", ")) + ") ON CONFLICT (" + String.join(", ", keys)
                + ") DO UPDATE SET " + NEW_VALUES.matcher(updates).replaceAll("EXCLUDED.");
    }

    /** Batched: {@code ON CONFLICT} waits for another's new row and then updates it, no retry needed. */
    @Override
    void upsertRow(PreparedStatement upsert) throws SQLException {
        upsert.addBatch();
    }

    @Override
    void upsertDone(PreparedStatement upsert) throws SQLException {
        upsert.executeBatch();
    }

    /** {@code v.} as a word of its own: the new values in an upsert's updates. */
    private static final Pattern NEW_VALUES = Pattern.compile("\\bv\\.");

    @Override
    String from(String table, String alias, String index) {
        return table + " " + alias;
    }

    @Override
    String primaryKeyIndex(Connection connection, String table) {
        return null;
    }

    /** The planner's estimate; a table never analysed yet (-1) is counted. */
    @Override
    long rowEstimate(Connection connection, String table) throws SQLException {
        try (PreparedStatement estimate = connection.prepareStatement(
                "SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)")) {
            estimate.setString(1, table);
            try (ResultSet result = estimate.executeQuery()) {
                if (result.next() && result.getDouble(1) >= 0) {
                    return (long) result.getDouble(1);
                }
            }
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    boolean isLockTimeout(SQLException e) {
        return LOCK_NOT_AVAILABLE.equals(e.getSQLState());
    }
}
