package webcare.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import webcare.launch.api.Launch;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * The embedded H2 database in {@code $WEBCARE_HOME/data/webcare.mv.db}. It opens on its own
 * thread so the window can show before the file is read; a file that is damaged, locked by
 * another instance or written by a newer version is reported and never touched.
 */
@Component(service = Store.class)
public final class H2Store implements Store {

    static final String FILE_NAME = "webcare";
    private static final Logger LOG = System.getLogger(H2Store.class.getName());
    /** Every H2 2.x file starts with this header block. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private static final long OPEN_WAIT_MILLIS = 60_000;
    private static final int LOCKED_ATTEMPTS = 10;
    private static final long LOCKED_RETRY_MILLIS = 300;

    private final Path dataFile;
    private final Thread opener;
    private final CompletableFuture<JdbcConnectionPool> pool = new CompletableFuture<>();
    private volatile StoreState state = new StoreState.Opening();

    @Activate
    public H2Store(@Reference Launch launch) {
        this(launch.home().resolve("data"), Migration.bundled(), launch.productVersion(), Clock.systemUTC());
    }

    H2Store(Path dataDirectory, List<Migration> migrations, String productVersion, Clock clock) {
        this.dataFile = dataDirectory.resolve(FILE_NAME + ".mv.db");
        opener = new Thread(() -> open(dataDirectory, new Migrator(migrations), productVersion, clock),
                "webcare-store-open");
        opener.setDaemon(true);
        opener.start();
    }

    @Override
    public String location() {
        return dataFile.toString();
    }

    @Override
    public StoreState state() {
        return state;
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StoreException {
        JdbcConnectionPool connections = awaitOpen();
        try (Connection connection = connections.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new H2Transaction(connection));
                connection.commit();
                return result;
            } catch (StoreException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Database " + dataFile + ": " + oneLine(e), e);
        }
    }

    private JdbcConnectionPool awaitOpen() throws StoreException {
        try {
            return pool.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for database " + dataFile, e);
        } catch (ExecutionException e) {
            throw new StoreException(e.getCause().getMessage(), e.getCause());
        }
    }

    private void open(Path dataDirectory, Migrator migrator, String productVersion, Clock clock) {
        try {
            Files.createDirectories(dataDirectory);
            String url = "jdbc:h2:file:" + dataDirectory.resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
            if (Files.exists(dataFile)) {
                checkBeforeWriting(url, migrator);
            }
            JdbcConnectionPool connections = JdbcConnectionPool.create(dataSource(url));
            int version;
            try (Connection connection = firstConnection(connections)) {
                Migrator.Result result = migrator.migrate(connection, clock.instant());
                if (result.before() == 0) {
                    recordCreation(connection, productVersion, clock);
                }
                version = result.after();
            } catch (SQLException | Migrator.NewerSchemaException e) {
                connections.dispose();
                throw e;
            }
            state = new StoreState.Ready(version);
            pool.complete(connections);
            LOG.log(Level.INFO, "Database {0} open at schema version {1}", dataFile, version);
        } catch (Exception e) {
            String message = explain(e);
            state = new StoreState.Failed(message);
            pool.completeExceptionally(new StoreException(message, e));
            LOG.log(Level.ERROR, message, e);
        }
    }

    /**
     * The first connection, which opens the file. A process killed a moment ago may still hold
     * its lock while the system cleans up, so a locked file is tried a few more times before it
     * counts as in use by another instance.
     */
    private static Connection firstConnection(JdbcConnectionPool connections) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return connections.getConnection();
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 || attempt >= LOCKED_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(LOCKED_RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        return source;
    }

    /**
     * Refuses a file that is not an H2 database, or one from a newer version, before H2 gets a
     * chance to write to it: H2 rewrites the file header whenever it opens a file for writing.
     */
    private void checkBeforeWriting(String url, Migrator migrator)
            throws IOException, SQLException, NotH2Exception, Migrator.NewerSchemaException {
        try (InputStream in = Files.newInputStream(dataFile)) {
            if (!Arrays.equals(in.readNBytes(H2_HEADER.length), H2_HEADER)) {
                throw new NotH2Exception();
            }
        }
        // A peek without a file lock, so that a failed peek cannot leave a lock behind in this JVM.
        try (Connection readOnly = dataSource(url + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO").getConnection()) {
            int found = Migrator.schemaVersion(readOnly);
            if (found > migrator.latest()) {
                throw new Migrator.NewerSchemaException(found, migrator.latest());
            }
        } catch (SQLException e) {
            // Not closed cleanly (a crash, kill -9: only a writable open lets H2 recover it), or
            // held by another process: the real open says which. The migrator still refuses a
            // newer schema before changing anything.
            LOG.log(Level.INFO, "Database {0} could not be peeked at ({1}); opening it normally", dataFile,
                    e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static final class NotH2Exception extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static void recordCreation(Connection connection, String productVersion, Clock clock)
            throws SQLException {
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

    /** One line naming the file and what to do. */
    private String explain(Exception e) {
        String keep = " Webcare did not change the file.";
        if (e instanceof NotH2Exception) {
            return "Database " + dataFile + " is not an H2 database file: restore it from a backup, "
                    + "or move it away to start with an empty database." + keep;
        }
        if (e instanceof Migrator.NewerSchemaException newer) {
            return "Database " + dataFile + " was written by a newer Webcare Workbench (schema " + newer.found
                    + ", this version knows up to " + newer.known + "): use the newer version, "
                    + "or set WEBCARE_HOME to another folder." + keep;
        }
        if (e instanceof SQLException sql) {
            switch (sql.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1:
                    return "Database " + dataFile + " is in use by another running Webcare Workbench: close it, "
                            + "or set WEBCARE_HOME to another folder." + keep;
                case ErrorCode.DATABASE_IS_READ_ONLY:
                    return "Database " + dataFile + " cannot be written: the file or its folder is read-only, "
                            + "or the file is damaged; check its permissions, or move it away to start anew." + keep;
                case ErrorCode.FILE_CORRUPTED_1:
                case ErrorCode.FILE_VERSION_ERROR_1:
                    return "Database " + dataFile + " is damaged (" + oneLine(sql) + "): restore it from a backup, "
                            + "or move it away to start with an empty database." + keep;
                default:
                    break;
            }
        }
        return "Database " + dataFile + " cannot be opened: " + oneLine(e);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /**
     * Closes the database. Waits for an open or migration still running: stopping H2's bundle
     * under it would leave a half-written file. Public for tools that construct the store by hand.
     */
    @Deactivate
    public void close() {
        try {
            opener.join(OPEN_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.thenAccept(JdbcConnectionPool::dispose);
    }
}
