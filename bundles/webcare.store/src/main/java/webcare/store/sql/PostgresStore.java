package webcare.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.postgresql.ds.PGSimpleDataSource;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * A PostgreSQL database shared by a team's workbenches, through a pool of connections. Like the
 * embedded file it opens on its own thread and runs the same migrations, one workbench at a time;
 * a server that cannot be reached is tried again until it answers, and meanwhile the store says
 * why it is not ready. The password is never part of a message.
 */
public final class PostgresStore implements Store {

    private static final Logger LOG = System.getLogger(PostgresStore.class.getName());
    /** Held while migrating, so two workbenches starting together do not both run a migration. */
    private static final long MIGRATION_LOCK = 0x7765_6263_6172_6531L;
    private static final int POOL_SIZE = 8;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration RETRY = Duration.ofSeconds(30);
    /** The words of the migrations that PostgreSQL spells otherwise, as domains of its own types. */
    private static final List<String[]> TYPE_WORDS = List.of(new String[] {"clob", "TEXT"},
            new String[] {"varbinary", "BYTEA"});

    private final String url;
    private final String user;
    private final String location;
    private final Thread opener;
    private final CompletableFuture<HikariDataSource> pool = new CompletableFuture<>();
    private final Dialect dialect = new PostgresDialect();
    private final PostingCache postings = new PostingCache(PostingCache.DEFAULT_BYTES);
    private volatile StoreState state = new StoreState.Opening();
    private volatile boolean stopping;
    private final Duration retry;
    /** The schema version once open: what the store is back at after the server was away. */
    private volatile int version;
    /** Looks for the server while it is away after the open; null while it answers. */
    private volatile Thread lost;

    /**
     * @param url      {@code jdbc:postgresql://host:port/database}
     * @param password never shown
     * @param retry    how long to wait before trying an unreachable server again
     */
    PostgresStore(String url, String user, String password, List<Migration> migrations, String productVersion,
            Clock clock, Duration retry) {
        this.url = url;
        this.user = user;
        this.location = withoutParameters(url);
        this.retry = retry;
        opener = new Thread(() -> open(password, new Migrator(migrations), productVersion, clock, retry),
                "webcare-store-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** The url as people may see it: the part before any parameters, which may carry credentials. */
    static String withoutParameters(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public StoreState state() {
        return state;
    }

    @Override
    public Optional<Recovery> recovery() {
        return Optional.empty();
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StoreException {
        HikariDataSource connections = awaitOpen();
        try (Connection connection = connections.getConnection()) {
            T result = SqlTransaction.run(connection, dialect, postings, work);
            if (lost != null) {
                back();
            }
            return result;
        } catch (SQLException e) {
            if (unreachable(e)) {
                lose(connections, e);
            }
            throw new StoreException("Database " + location + ": " + oneLine(e), e);
        }
    }

    /**
     * The server went away after the store opened: the store says so (the status bar shows it) and
     * looks every {@link #retry} whether it is back, so the state clears without anyone's work.
     */
    private synchronized void lose(HikariDataSource connections, SQLException e) {
        if (lost != null || stopping) {
            return;
        }
        state = new StoreState.Failed("Database server " + location + " cannot be reached (" + firstSentence(e)
                + "): nothing can be read or stored until it is back; trying again every " + retry.toSeconds()
                + " seconds");
        LOG.log(Level.WARNING, ((StoreState.Failed) state).message());
        lost = new Thread(() -> {
            while (!stopping && lost != null) {
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                try (Connection probe = connections.getConnection(); Statement ping = probe.createStatement()) {
                    ping.execute("SELECT 1");
                    back();
                } catch (SQLException stillAway) {
                    // the next try is a retry later
                }
            }
        }, "webcare-store-reconnect");
        lost.setDaemon(true);
        lost.start();
    }

    private synchronized void back() {
        if (lost != null) {
            lost = null;
            state = new StoreState.Ready(version);
            LOG.log(Level.INFO, "Database server {0} is back", location);
        }
    }

    /** The pool once open; while the server cannot be reached, at once why not. */
    private HikariDataSource awaitOpen() throws StoreException {
        try {
            while (true) {
                try {
                    return pool.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    if (state instanceof StoreState.Failed failed) {
                        throw new StoreException(failed.message());
                    }
                    if (stopping) {
                        throw new StoreException("Database " + location + " is closed");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for database " + location, e);
        } catch (ExecutionException e) {
            throw new StoreException(e.getCause().getMessage(), e.getCause());
        }
    }

    private void open(String password, Migrator migrator, String productVersion, Clock clock, Duration retry) {
        PGSimpleDataSource server = dataSource(url, user, password);
        try {
            while (!stopping) {
                // straight to the server, not through the pool, which would hide why it failed behind its own timeout
                try (Connection connection = server.getConnection()) {
                    int version = migrate(connection, migrator, productVersion, clock);
                    WordIndex.backfill(connection, () -> !stopping);
                    LOG.log(Level.INFO, "Database {0} open at schema version {1}", location, version);
                    HikariDataSource connections = new HikariDataSource(pooled(server, retry));
                    this.version = version;
                    state = new StoreState.Ready(version);
                    pool.complete(connections);
                    return;
                } catch (SQLException e) {
                    if (!unreachable(e)) {
                        throw e;
                    }
                    state = new StoreState.Failed("Database server " + location + " cannot be reached (" + firstSentence(e)
                            + "): check that it runs and the url in etc/" + ConfiguredStore.PID + ".cfg; trying again every "
                            + retry.toSeconds() + " seconds");
                    LOG.log(Level.WARNING, ((StoreState.Failed) state).message());
                    Thread.sleep(retry.toMillis());
                }
            }
        } catch (InterruptedException e) {
            // closed while waiting to try again
        } catch (SQLException | Migrator.NewerSchemaException | RuntimeException e) {
            String message = explain(e);
            state = new StoreState.Failed(message);
            pool.completeExceptionally(new StoreException(message, e));
            LOG.log(Level.ERROR, message, e);
        }
    }

    /** The driver's own data source: no driver looked up by name across the framework's class loaders. */
    static PGSimpleDataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setURL(url);
        server.setUser(user);
        server.setPassword(password);
        server.setConnectTimeout((int) CONNECT_TIMEOUT.toSeconds());
        server.setApplicationName("Webcare Workbench");
        return server;
    }

    /** The pool: a unit of work waits for a connection at most as long as the store waits to try again. */
    private static HikariConfig pooled(PGSimpleDataSource server, Duration retry) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("webcare-store");
        config.setDataSource(server);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Math.max(250, Math.min(CONNECT_TIMEOUT.toMillis(), retry.toMillis())));
        // a server gone away later is said by the unit of work that needs it, not at pool creation
        config.setInitializationFailTimeout(-1);
        return config;
    }

    /** Runs the missing migrations, one workbench at a time; returns the schema version now. */
    private static int migrate(Connection connection, Migrator migrator, String productVersion, Clock clock)
            throws SQLException, Migrator.NewerSchemaException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, MIGRATION_LOCK);
            lock.execute();
        }
        try {
            createTypeWords(connection);
            Migrator.Result result = migrator.migrate(connection, clock.instant());
            if (result.before() == 0) {
                DatabaseInfo.recordCreation(connection, productVersion, clock);
            }
            return result.after();
        } finally {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, MIGRATION_LOCK);
                unlock.execute();
            }
        }
    }

    /** The H2 type words the migrations use, as PostgreSQL domains of its own types: the same scripts run on both. */
    private static void createTypeWords(Connection connection) throws SQLException {
        for (String[] word : TYPE_WORDS) {
            boolean known;
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT 1 FROM pg_type WHERE typname = ? AND typnamespace = to_regnamespace(current_schema())")) {
                exists.setString(1, word[0]);
                try (ResultSet found = exists.executeQuery()) {
                    known = found.next();
                }
            }
            if (!known) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DOMAIN " + word[0] + " AS " + word[1]);
                }
            }
        }
    }

    /** Connection failures (SQLSTATE class 08) and a server starting or stopping (57P03, 57P01). */
    private static boolean unreachable(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true; // the pool's: no connection within its time-out
            }
            String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("08") || state.equals("57P03") || state.equals("57P01"))) {
                return true;
            }
        }
        return false;
    }

    private String explain(Exception e) {
        String file = "etc/" + ConfiguredStore.PID + ".cfg";
        if (e instanceof Migrator.NewerSchemaException newer) {
            return "Database " + location + " was written by a newer Webcare Workbench (schema " + newer.found
                    + ", this version knows up to " + newer.known + "): use the newer version on every workbench "
                    + "of the team. Webcare did not change the database.";
        }
        if (e instanceof SQLException sql && sql.getSQLState() != null) {
            switch (sql.getSQLState()) {
                case "28P01", "28000":
                    return "Database " + location + " refused user '" + user + "' (wrong password, or no such user): "
                            + "check user and the password in " + file + ".";
                case "3D000":
                    return "Database " + location + " does not exist on the server: create it (createdb), "
                            + "or correct the url in " + file + ".";
                default:
                    break;
            }
        }
        return "Database " + location + " cannot be opened: " + oneLine(e);
    }

    /** The driver's first sentence ("Connection to host:5432 refused"): the rest is advice the message gives itself. */
    private static String firstSentence(Exception e) {
        String line = oneLine(e);
        int end = line.indexOf(". ");
        return end < 0 ? line : line.substring(0, end);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** Closes the pool, after an open still running (a migration finishes first). */
    public void close() {
        stopping = true;
        opener.interrupt();
        Thread looking = lost;
        if (looking != null) {
            looking.interrupt();
        }
        try {
            opener.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (pool.isDone() && !pool.isCompletedExceptionally()) {
            pool.join().close();
        }
    }
}
