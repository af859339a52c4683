package webcare.store.sql;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Copies every table of one database into the same tables of another, migrated to the same schema
 * and empty: parents before children (by their foreign keys), identity counters moved on past the
 * copied ids, then each table verified by its row count and a checksum over its rows (independent
 * of their order, which differs between databases for text keys). Both connections are the
 * caller's transactions: the source is only read; the target's transaction is the caller's to
 * commit once {@link #copy} returns, or to roll back.
 */
final class DatabaseCopy {

    /** Kept as each database wrote them: the target's migrations recorded their own. */
    private static final Set<String> OWN_ROWS = Set.of("schema_version");
    private static final int BATCH = 1_000;

    /** One table: how many rows were copied, and whether the target's rows match the source's. */
    record Table(String name, long rows, boolean verified) {}

    /** Thrown when a table's copy does not match: nothing of the copy may be kept. */
    static final class MismatchException extends Exception {
        private static final long serialVersionUID = 1L;

        MismatchException(String message) {
            super(message);
        }
    }

    private DatabaseCopy() {}

    /**
     * The tables of {@code target} that hold rows besides those its migrations wrote: a target
     * with any is not empty and is refused.
     */
    static Map<String, Long> rowsBesidesTheSchema(Connection target) throws SQLException {
        Map<String, Long> filled = new TreeMap<>();
        for (String table : tables(target)) {
            if (OWN_ROWS.contains(table) || table.equals("database_info")) {
                continue;
            }
            long rows = count(target, table);
            if (rows > 0) {
                filled.put(table, rows);
            }
        }
        return filled;
    }

    /** Copies and verifies every table; {@code progress} hears of each table once it is done. */
    static List<Table> copy(Connection source, Connection target, Consumer<Table> progress)
            throws SQLException, MismatchException {
        List<Table> copied = new ArrayList<>();
        try (Statement clear = target.createStatement()) {
            // the target's creation record gives way to the source's, which says when the data began
            clear.execute("DELETE FROM database_info");
        }
        for (String table : parentsFirst(source, tables(source))) {
            if (OWN_ROWS.contains(table)) {
                continue;
            }
            long rows = copyRows(source, target, table);
            moveIdentityPast(target, table);
            long sourceSum = checksum(source, table);
            long targetSum = checksum(target, table);
            long targetRows = count(target, table);
            if (targetRows != rows || targetSum != sourceSum) {
                throw new MismatchException(table + ": " + rows + " rows read, " + targetRows + " in the target"
                        + (targetSum != sourceSum ? ", and their contents differ" : ""));
            }
            Table done = new Table(table, rows, true);
            copied.add(done);
            progress.accept(done);
        }
        return copied;
    }

    private static long copyRows(Connection source, Connection target, String table) throws SQLException {
        long rows = 0;
        try (Statement read = source.createStatement(); ResultSet result = read.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = result.getMetaData();
            int width = columns.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= width; i++) {
                names.add(columns.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(width, "?")) + ")";
            try (PreparedStatement write = target.prepareStatement(insert)) {
                while (result.next()) {
                    for (int i = 1; i <= width; i++) {
                        write.setObject(i, plain(result.getObject(i)));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
        return rows;
    }

    /** A value both drivers take and give alike: text for a CLOB, bytes for a BLOB. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    /** An identity column's next value past the largest copied id (PostgreSQL counts on from 1 otherwise). */
    private static void moveIdentityPast(Connection target, String table) throws SQLException {
        try (PreparedStatement identity = target.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'")) {
            identity.setString(1, table);
            try (ResultSet column = identity.executeQuery()) {
                while (column.next()) {
                    String name = column.getString(1);
                    try (Statement move = target.createStatement()) {
                        move.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + name + "'), "
                                + "COALESCE(MAX(" + name + "), 0) + 1, false) FROM " + table);
                    }
                }
            }
        }
    }

    /**
     * The sum of a hash of each row's values, written out the same way whichever database gave
     * them: equal for the same rows in any order.
     */
    static long checksum(Connection connection, String table) throws SQLException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long sum = 0;
        try (Statement read = connection.createStatement(); ResultSet result = read.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = result.getMetaData();
            Map<String, Integer> byName = new TreeMap<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                byName.put(columns.getColumnName(i).toLowerCase(Locale.ROOT), i);
            }
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int index : byName.values()) {
                    row.append(written(plain(result.getObject(index)))).append('\u001f');
                }
                byte[] hash = sha.digest(row.toString().getBytes(StandardCharsets.UTF_8));
                long head = 0;
                for (int i = 0; i < Long.BYTES; i++) {
                    head = head << 8 | (hash[i] & 0xff);
                }
                sum += head;
            }
        }
        return sum;
    }

    private static String written(Object value) {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp time) { // PostgreSQL's driver gives TIMESTAMP WITH TIME ZONE so
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Double || value instanceof Float) {
            return Double.toString(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement count = connection.createStatement();
                ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The base tables of the connection's current schema, by lower-case name. */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (result.next()) {
                tables.add(result.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /** {@code tables} with every table after those its foreign keys refer to. */
    private static List<String> parentsFirst(Connection connection, List<String> tables) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables) {
            Set<String> referred = new LinkedHashSet<>();
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet keys = metadata.getImportedKeys(null, null, name)) {
                    while (keys.next()) {
                        String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!parent.equals(table)) {
                            referred.add(parent);
                        }
                    }
                }
            }
            parents.put(table, referred);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            boolean moved = false;
            for (String table : tables) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                    moved = true;
                }
            }
            if (!moved) {
                throw new SQLException("the tables' foreign keys go round in a circle: " + parents);
            }
        }
        return ordered;
    }
}
