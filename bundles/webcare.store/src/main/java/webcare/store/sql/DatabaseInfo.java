package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;

/** The {@code database_info} rows written once, when a database is created: when, and by which version. */
final class DatabaseInfo {

    private DatabaseInfo() {}

    static void recordCreation(Connection connection, String productVersion, Clock clock) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO database_info (name, info_value) VALUES (?, ?)")) {
            insert.setString(1, "created_at");
            insert.setString(2, clock.instant().toString());
            insert.addBatch();
            insert.setString(1, "created_by_version");
            insert.setString(2, productVersion);
            insert.addBatch();
            insert.executeBatch();
        }
    }
}
