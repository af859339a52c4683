package webcare.store.h2;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of the inbox's reads that only H2 speaks, in one place: the rest of them is standard SQL
 * that PostgreSQL runs as well. One per open database ({@link H2Store}), so what it looks up in
 * the schema is looked up once per database, not per query.
 */
final class H2Dialect {

    /** The most ids one {@link #idTable} takes: H2 refuses longer arrays. */
    static final int MAX_IDS = 65_536;

    private final Map<String, String> primaryKeyIndexes = new ConcurrentHashMap<>();

    /**
     * {@code table alias} read through {@code index}. H2 reads a page in an index's order only when
     * told which index, and a list of ids by primary key only when told so (else it may walk an
     * order's index past every row); null leaves the choice to the database.
     */
    String from(String table, String alias, String index) {
        return table + " " + alias + (index == null ? "" : " USE INDEX (" + index + ")");
    }

    /**
     * The name H2 gave the primary key index of {@code table}: the migrations name none, and
     * {@link #from} needs it. Looked up the first time, then kept: only a migration changes it,
     * and migrations run before the database is used.
     */
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

    /**
     * A table of ids with one column, {@code alias.id}, from one parameter bound with {@link #ids}:
     * one statement for any number of ids, where {@code IN (?, ?, …)} would be a new statement
     * (parsed and planned again) for every length.
     */
    String idTable(String alias) {
        return "UNNEST(CAST(? AS BIGINT ARRAY)) AS " + alias + " (id)";
    }

    /** The parameter of an {@link #idTable}: at most {@link #MAX_IDS}. */
    Array ids(Connection connection, long[] ids) throws SQLException {
        Object[] boxed = new Object[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        return connection.createArrayOf("BIGINT", boxed);
    }

    /**
     * About how many rows {@code table} has: H2 keeps the number, so this reads no rows. Only for
     * choosing between two plans, never shown.
     */
    long rowEstimate(Connection connection, String table) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
