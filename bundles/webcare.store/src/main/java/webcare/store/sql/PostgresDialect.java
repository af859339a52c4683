package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** PostgreSQL's SQL: its planner chooses indexes by itself, and it estimates a table's rows from its statistics. */
final class PostgresDialect extends Dialect {

    /** SQLSTATE lock_not_available. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

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
