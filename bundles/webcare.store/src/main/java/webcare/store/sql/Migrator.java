package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Brings a database up to the newest shipped migration, one transaction per migration, recording
 * each in {@code schema_version}. Portable SQL only: the same code runs on PostgreSQL.
 */
final class Migrator {

    /** The database was written by a newer product; nothing was changed. */
    static final class NewerSchemaException extends Exception {
        private static final long serialVersionUID = 1L;
        final int found;
        final int known;

        NewerSchemaException(int found, int known) {
            super("schema version " + found + " is newer than " + known);
            this.found = found;
            this.known = known;
        }
    }

    private final List<Migration> migrations;

    Migrator(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    int latest() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** Schema versions before and after a migration run; {@code before} is 0 for a new database. */
    record Result(int before, int after) {}

    /** Applies what is missing. */
    Result migrate(Connection connection, Instant now) throws SQLException, NewerSchemaException {
        connection.setAutoCommit(false);
        try {
            ensureVersionTable(connection);
            int before = currentVersion(connection);
            if (before > latest()) {
                connection.rollback();
                throw new NewerSchemaException(before, latest());
            }
            int current = before;
            for (Migration migration : migrations) {
                if (migration.version() > current) {
                    apply(connection, migration, now);
                    current = migration.version();
                }
            }
            return new Result(before, current);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The recorded schema version; 0 for a database no migration has run on. Reads only. */
    static int schemaVersion(Connection connection) throws SQLException {
        return hasVersionTable(connection) ? currentVersion(connection) : 0;
    }

    private static boolean hasVersionTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if ("schema_version".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        if (hasVersionTable(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version ("
                    + " version INTEGER NOT NULL PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        connection.commit();
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void apply(Connection connection, Migration migration, Instant now) throws SQLException {
        try {
            try (Statement statement = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                record.setInt(1, migration.version());
                record.setString(2, migration.description());
                record.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("migration V" + migration.version() + " (" + migration.description()
                    + ") failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }
}
