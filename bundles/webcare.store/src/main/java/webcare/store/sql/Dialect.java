package webcare.store.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;

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
