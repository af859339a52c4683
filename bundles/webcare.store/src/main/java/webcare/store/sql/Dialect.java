package webcare.store.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that differs between the databases the store runs on (embedded H2, PostgreSQL), in one
 * place: everything else is standard SQL both run. One per open database, so what it looks up in
 * the schema is looked up once per database, not per query.
 */
abstract class Dialect {

    /** The most ids one {@link #idTable} takes: H2 refuses longer arrays. */
    static final int MAX_IDS = 65_536;

    /**
     * {@code table alias}, read through {@code index} where the database needs telling; null
     * leaves the choice to the database.
     */
    abstract String from(String table, String alias, String index);

    /** The name of {@code table}'s primary key index, for {@link #from}; null where no hint is needed. */
    abstract String primaryKeyIndex(Connection connection, String table) throws SQLException;

    /** About how many rows {@code table} has. Only for choosing between two plans, never shown. */
    abstract long rowEstimate(Connection connection, String table) throws SQLException;

    /** Whether {@code e} says a row lock was not granted in time (another unit of work holds it). */
    abstract boolean isLockTimeout(SQLException e);

    /**
     * One statement that inserts a row into {@code table} or, when a row with the same
     * {@code keys} is there, changes it: {@code columns} are {@code name TYPE} pairs, bound in that
     * order (each parameter CAST to its type: PostgreSQL cannot type a bare one); {@code updates}
     * is the SET list for an existing row, written with {@code t.} for the table's row and
     * {@code v.} for the new values, e.g. {@code items = t.items + v.items}. Each row is written
     * with {@link #upsertRow} and the statement finished with {@link #upsertDone}. The standard
     * {@code MERGE} here; PostgreSQL overrides it with its own upsert. A MERGE meeting another unit
     * of work's uncommitted row with the same new key waits for it and then raises a duplicate key
     * (both found no row, both insert): {@link #upsertRow} runs it once more, when it finds the row.
     */
    String upsert(String table, List<String> keys, List<String> columns, String updates) {
        List<String> names = columns.stream().map(Dialect::name).toList();
        return "MERGE INTO " + table + " t USING (VALUES (" + columns.stream().map(Dialect::cast)
                .collect(Collectors.joining(", ")) + ")) AS v (" + String.join(", ", names) + ") ON "
                + keys.stream().map(k -> "t." + k + " = v." + k).collect(Collectors.joining(" AND "))
                + " WHEN MATCHED THEN UPDATE SET " + updates + " WHEN NOT MATCHED THEN INSERT ("
                + String.join(", ", names) + ") VALUES (" + names.stream().map(n -> "v." + n)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Writes the row bound to {@code upsert}, a statement of {@link #upsert}. */
    void upsertRow(PreparedStatement upsert) throws SQLException {
        try {
            upsert.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            upsert.executeUpdate(); // the other's row is committed now: this time it is updated
        }
    }

    /** Finishes the rows written with {@link #upsertRow}. */
    void upsertDone(PreparedStatement upsert) throws SQLException {
    }

    /** SQLSTATE unique_violation. */
    static final String DUPLICATE_KEY = "23505";

    /** The name of a {@code name TYPE} pair. */
    static String name(String column) {
        return column.substring(0, column.indexOf(' '));
    }

    /** {@code CAST(? AS TYPE)} for a {@code name TYPE} pair. */
    static String cast(String column) {
        return "CAST(? AS " + column.substring(column.indexOf(' ') + 1) + ")";
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
}
