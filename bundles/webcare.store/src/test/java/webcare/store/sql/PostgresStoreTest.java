package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/** The store on a real PostgreSQL server: migrations once with two workbenches starting, and each way it can fail to open. */
class PostgresStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final List<PostgresStore> opened = new ArrayList<>();
    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(PostgresStore::close);
        databases.forEach(PostgresServer::drop);
    }

    @Test
    void twoWorkbenchesStartingTogetherMigrateANewDatabaseOnce() throws Exception {
        String url = database();
        PostgresStore first = open(url + "?ApplicationName=first&password=secret", PostgresServer.USER);
        PostgresStore second = open(url, PostgresServer.USER);

        int latest = Migration.bundled().get(Migration.bundled().size() - 1).version();
        assertThat(ready(first)).isEqualTo(new StoreState.Ready(latest));
        assertThat(ready(second)).isEqualTo(new StoreState.Ready(latest));
        assertThat(first.location()).as("no parameters, which may carry credentials").isEqualTo(url);
        assertThat(second.<List<Integer>>inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            List<Integer> versions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version FROM schema_version ORDER BY version"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getInt(1));
                }
            }
            return versions;
        }))).as("each migration once").hasSize(latest).doesNotHaveDuplicates();
    }

    @Test
    void aServerThatCannotBeReachedIsSaidAtOnceAndTriedAgain() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        PostgresStore store = open("jdbc:postgresql://127.0.0.1:" + closedPort + "/webcare", PostgresServer.USER);

        StoreState state = settled(store);
        assertThat(state).isInstanceOf(StoreState.Failed.class);
        assertThat(((StoreState.Failed) state).message()).startsWith("Database server jdbc:postgresql://127.0.0.1:"
                + closedPort + "/webcare cannot be reached (").endsWith(
                "check that it runs and the url in etc/webcare.store.cfg; trying again every 1 seconds");
        assertThatThrownBy(() -> store.inTransaction(tx -> null)).as("no hang while it is away")
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot be reached");
    }

    @Test
    void anUnknownUserAndAMissingDatabaseAreRefusedWithWhatToCheck() throws Exception {
        String url = database();
        assertThat(((StoreState.Failed) settled(open(url, "nobody"))).message()).isEqualTo("Database " + url
                + " refused user 'nobody' (wrong password, or no such user): check user and the password in "
                + "etc/webcare.store.cfg.");
        String missing = url + "_missing";
        assertThat(((StoreState.Failed) settled(open(missing, PostgresServer.USER))).message()).isEqualTo("Database "
                + missing + " does not exist on the server: create it (createdb), or correct the url in "
                + "etc/webcare.store.cfg.");
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedUnchanged() throws Exception {
        String url = database();
        PostgresStore store = open(url, PostgresServer.USER);
        ready(store);
        store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', NOW())")) {
                return insert.executeUpdate();
            }
        }));
        store.close();

        StoreState again = settled(open(url, PostgresServer.USER));
        assertThat(((StoreState.Failed) again).message()).isEqualTo("Database " + url + " was written by a newer "
                + "Webcare Workbench (schema 99, this version knows up to " + Migration.bundled().size() + "): use the "
                + "newer version on every workbench of the team. Webcare did not change the database.");
    }

    @Test
    void aServerThatGoesAwayIsSaidAndTheStoreIsReadyAgainWhenItIsBack(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres own = ownServer(data, port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        PostgresStore store = open(url, PostgresServer.USER);
        ready(store);

        own.close();
        assertThatThrownBy(() -> store.inTransaction(tx -> null)).isInstanceOf(StoreException.class);
        assertThat(store.state()).isInstanceOf(StoreState.Failed.class);
        assertThat(((StoreState.Failed) store.state()).message()).startsWith("Database server " + url
                + " cannot be reached (").endsWith("nothing can be read or stored until it is back; trying again every "
                + "1 seconds");

        EmbeddedPostgres again = ownServer(data, port);
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!(store.state() instanceof StoreState.Ready)) {
                assertThat(System.nanoTime()).as("ready again within " + WAIT).isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(store.<Integer>inTransaction(tx -> SqlTransaction.sql(tx, connection -> 1))).isEqualTo(1);
        } finally {
            store.close();
            again.close();
        }
    }

    /** A server of this test's own, on its data folder and port: stopped and started again as the test says. */
    private static EmbeddedPostgres ownServer(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "off").start();
    }

    private String database() {
        String url = PostgresServer.newDatabase();
        databases.add(url);
        return url;
    }

    private PostgresStore open(String url, String user) {
        PostgresStore store = new PostgresStore(url, user, PostgresServer.PASSWORD, Migration.bundled(), "9.9.9-test",
                CLOCK, Duration.ofSeconds(1));
        opened.add(store);
        return store;
    }

    private static StoreState ready(PostgresStore store) throws InterruptedException {
        StoreState state = settled(store);
        assertThat(state).isInstanceOf(StoreState.Ready.class);
        return state;
    }

    /** The state once it is no longer opening, within the deadline. */
    private static StoreState settled(PostgresStore store) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (store.state() instanceof StoreState.Opening) {
            assertThat(System.nanoTime()).as("opened within " + WAIT).isLessThan(deadline);
            Thread.sleep(20);
        }
        return store.state();
    }
}
