package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

class H2StoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-29T01:30:00Z"), ZoneOffset.UTC);
    private static final Migration EXTRA = Migration.parse(2,
            "-- notes for the migration test\nCREATE TABLE note (\n  id INTEGER NOT NULL PRIMARY KEY,\n  body VARCHAR(100)\n);\n"
            + "INSERT INTO note (id, body) VALUES (1, 'semi;colon inside');\n");

    @TempDir
    Path data;

    private final List<H2Store> opened = new ArrayList<>();

    @AfterEach
    void closeStores() {
        opened.forEach(H2Store::close);
    }

    private H2Store open(List<Migration> migrations) {
        H2Store store = new H2Store(data, migrations, "9.9.9-test", CLOCK, line -> {});
        opened.add(store);
        return store;
    }

    private void closeAll() {
        opened.forEach(H2Store::close);
        opened.clear();
    }

    private static int schemaVersion(H2Store store) throws StoreException {
        return store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                result.next();
                return result.getInt(1);
            }
        }));
    }

    @Test
    void createsANewDatabaseAtTheNewestShippedVersionAndRecordsWhoCreatedIt() throws Exception {
        H2Store store = open(Migration.bundled());

        assertThat(schemaVersion(store)).isEqualTo(Migration.bundled().size());
        assertThat(store.state()).isEqualTo(new StoreState.Ready(Migration.bundled().size()));
        assertThat(store.location()).isEqualTo(data.resolve("webcare.mv.db").toString());
        String createdBy = store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(
                            "SELECT info_value FROM database_info WHERE name = 'created_by_version'")) {
                result.next();
                return result.getString(1);
            }
        }));
        assertThat(createdBy).isEqualTo("9.9.9-test");
    }

    @Test
    void shipsItsMigrationsNumberedWithoutGaps() {
        assertThat(Migration.bundled()).extracting(Migration::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                14, 15);
        assertThat(Migration.bundled().get(2).description()).startsWith("the crisis plan");
        assertThat(Migration.bundled().get(3).description()).startsWith("the last outcome of each source instance");
        assertThat(Migration.bundled().get(4).description()).startsWith("the inbox");
        assertThat(Migration.bundled().get(5).description()).startsWith("the inbox's text search");
        assertThat(Migration.bundled().get(6).description()).startsWith("themes");
        assertThat(Migration.bundled().get(8).description()).startsWith("notifications");
        assertThat(Migration.bundled().get(9).description()).startsWith("incidents");
        assertThat(Migration.bundled().get(10).description()).startsWith("signals");
        assertThat(Migration.bundled().get(12).description()).startsWith("which incidents a message is linked to");
        assertThat(Migration.bundled().get(13).description()).startsWith("source leases");
        assertThat(Migration.bundled().get(14).description()).startsWith("the team");
    }

    @Test
    void migratesAnOlderDatabaseAndKeepsItsData() throws Exception {
        H2Store old = open(Migration.bundled());
        old.inTransaction(tx -> SqlTransaction.sql(tx, connection -> connection.createStatement()
                .executeUpdate("INSERT INTO database_info (name, info_value) VALUES ('kept', 'yes')")));
        closeAll();

        List<Migration> newer = new ArrayList<>(Migration.bundled());
        newer.add(Migration.parse(newer.size() + 1, EXTRA.sql()));
        H2Store store = open(newer);

        assertThat(schemaVersion(store)).isEqualTo(newer.size());
        String note = store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (ResultSet result = connection.createStatement().executeQuery("SELECT body FROM note")) {
                result.next();
                return result.getString(1);
            }
        }));
        assertThat(note).isEqualTo("semi;colon inside");
        int kept = store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (ResultSet result = connection.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM database_info WHERE name = 'kept'")) {
                result.next();
                return result.getInt(1);
            }
        }));
        assertThat(kept).isEqualTo(1);
    }

    /** Told by the close record, or (a record written before it kept the version) by a look inside. */
    @ParameterizedTest(name = "close record says the version: {0}")
    @ValueSource(booleans = {true, false})
    void refusesADatabaseFromANewerVersionAndLeavesItUntouched(boolean recordSaysVersion) throws Exception {
        List<Migration> newer = new ArrayList<>(Migration.bundled());
        newer.add(Migration.parse(newer.size() + 1, EXTRA.sql()));
        schemaVersion(open(newer));
        closeAll();
        Path record = CloseRecord.beside(data.resolve("webcare.mv.db"));
        assertThat(Files.readString(record)).contains("schemaVersion=" + newer.size());
        if (!recordSaysVersion) {
            Files.writeString(record, Files.readString(record).replaceAll("schemaVersion=\\d+", ""));
        }
        byte[] before = Files.readAllBytes(data.resolve("webcare.mv.db"));

        H2Store store = open(Migration.bundled());

        assertThatThrownBy(() -> schemaVersion(store))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(data.resolve("webcare.mv.db").toString())
                .hasMessageContaining("newer Webcare Workbench")
                .hasMessageContaining("did not change the file");
        assertThat(store.state()).isInstanceOf(StoreState.Failed.class);
        closeAll();
        assertThat(Files.readAllBytes(data.resolve("webcare.mv.db"))).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotAnH2DatabaseWithoutWritingToIt() throws Exception {
        byte[] garbage = "PK\u0003\u0004 this is a zip, not a database".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(data.resolve("webcare.mv.db"), garbage);

        H2Store store = open(Migration.bundled());

        assertThatThrownBy(() -> schemaVersion(store))
                .hasMessageStartingWith("Database " + data.resolve("webcare.mv.db"))
                .hasMessageContaining("is damaged: it is not an H2 database file")
                .hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(data.resolve("webcare.mv.db"))).isEqualTo(garbage);
    }

    @Test
    void namesTheFileWhenAnotherProcessHoldsTheDatabase() throws Exception {
        schemaVersion(open(Migration.bundled()));
        closeAll();
        String h2Jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", h2Jar, "org.h2.tools.Shell", "-url", "jdbc:h2:file:" + data.resolve("webcare"),
                "-user", "", "-password", "")
                .redirectErrorStream(true)
                .start();
        try (Writer toShell = new java.io.OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader fromShell = new BufferedReader(
                        new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            toShell.write("SELECT 'holding' AS h;\n");
            toShell.flush();
            String line;
            while ((line = fromShell.readLine()) != null && !line.toLowerCase().contains("holding")) {
                // wait until the other process has the database open
            }
            assertThat(line).as("the other process opened the database").isNotNull();

            H2Store store = open(Migration.bundled());

            assertThatThrownBy(() -> schemaVersion(store))
                    .hasMessageContaining("in use by another running Webcare Workbench")
                    .hasMessageContaining(data.resolve("webcare.mv.db").toString());
            toShell.write("quit\n");
            toShell.flush();
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void rollsBackAUnitOfWorkThatFails() throws Exception {
        H2Store store = open(Migration.bundled());

        assertThatThrownBy(() -> store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            connection.createStatement()
                    .executeUpdate("INSERT INTO database_info (name, info_value) VALUES ('half', 'written')");
            throw new SQLException("boom");
        }))).isInstanceOf(StoreException.class).hasMessageContaining("boom");

        int half = store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (ResultSet result = connection.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM database_info WHERE name = 'half'")) {
                result.next();
                return result.getInt(1);
            }
        }));
        assertThat(half).isZero();
    }

    @Test
    void splitsScriptsIntoStatementsAndRejectsAnUnterminatedOne() {
        assertThat(EXTRA.statements()).hasSize(2);
        assertThat(EXTRA.description()).isEqualTo("notes for the migration test");
        assertThatThrownBy(() -> Migration.parse(3, "CREATE TABLE x (id INT)").statements())
                .hasMessageContaining("V3 ends without ';'");
    }
}
