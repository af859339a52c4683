package webcare.store.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * A new store for each test, with all migrations, in a folder of its own; closed and deleted
 * after the test (and after its {@code @AfterEach} methods). Register it on an instance field
 * with {@code @RegisterExtension}; nested tests share it. The store's clock stands still at the
 * instant given. Work goes to whichever store is open now, so a test can {@link #reopen} it.
 *
 * <p>The engine is the system property {@value #ENGINE}: {@code h2} (the default) for an H2 file
 * in the folder, {@code postgres} for a new database on the test run's {@link PostgresServer}
 * (one per folder). The build runs the store's repository tests once with each.
 */
final class OpenedStore implements Store, BeforeEachCallback, AfterEachCallback {

    static final String ENGINE = "webcare.store.engine";
    private static final boolean POSTGRES = System.getProperty(ENGINE, "h2").equals("postgres");

    private final Clock clock;
    private final Map<Path, String> databases = new HashMap<>();
    private Path folder;
    private Store store;

    OpenedStore(Instant now) {
        clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("webcare-store-test");
        store = open(folder, Migration.bundled());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            close();
            databases.values().forEach(PostgresServer::drop);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The folder of this test's store, to open another store below it. */
    Path folder() {
        return folder;
    }

    /** Closes the store and opens its file again, as the workbench's next start does. */
    void reopen() {
        reopen(folder, Migration.bundled());
    }

    /**
     * Closes the store and opens the one in {@code folder} (created when new) with {@code migrations}
     * instead: an older version's database, say. It is closed after the test as well, but deleted
     * only when it is below {@link #folder()}.
     */
    void reopen(Path folder, List<Migration> migrations) {
        close();
        store = open(folder, migrations);
    }

    private Store open(Path folder, List<Migration> migrations) {
        if (POSTGRES) {
            String url = databases.computeIfAbsent(folder, each -> PostgresServer.newDatabase());
            return new PostgresStore(url, PostgresServer.USER, PostgresServer.PASSWORD, migrations, "9.9.9-test",
                    clock, Duration.ofSeconds(1));
        }
        return new H2Store(folder, migrations, "9.9.9-test", clock, line -> {});
    }

    private void close() {
        if (store instanceof H2Store file) {
            file.close();
        } else if (store instanceof PostgresStore server) {
            server.close();
        }
    }

    /** Whether this run's engine is H2: its plans, sessions and settings are H2's own. */
    static boolean h2() {
        return !POSTGRES;
    }

    /** The statement that makes this unit of work wait at most {@code millis} for a row lock. */
    static String lockTimeout(int millis) {
        return POSTGRES ? "SET LOCAL lock_timeout = " + millis : "SET LOCK_TIMEOUT " + millis;
    }

    /**
     * Returns once a session of this store's database waits for another's lock: a unit of work
     * started on another thread has come to the row it races for.
     */
    void awaitASessionWaitingForALock(Duration within) throws StoreException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!store.<Boolean>inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sessionsWaitingForALock());
                    ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        }))) {
            if (System.nanoTime() > deadline) {
                throw new StoreException("no session waited for a lock within " + within);
            }
        }
    }

    /** Waits for {@code latch} inside a unit of work, which fails when it is not counted down {@code within}. */
    static void await(CountDownLatch latch, Duration within) throws StoreException {
        try {
            if (!latch.await(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreException("gave up waiting after " + within);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted", e);
        }
    }

    /** A query counting the sessions that wait for another's lock. */
    private static String sessionsWaitingForALock() {
        return POSTGRES ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public StoreState state() {
        return store.state();
    }

    @Override
    public Optional<Recovery> recovery() {
        return store.recovery();
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StoreException {
        return store.inTransaction(work);
    }
}
