package webcare.store.sql;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import webcare.launch.api.Launch;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * The embedded H2 database in {@code $WEBCARE_HOME/data/webcare.mv.db}. It opens on its own
 * thread so the window can show before the file is read; a file that is damaged, locked by
 * another instance or written by a newer version is reported and never touched.
 */
public final class H2Store implements Store {

    static final String FILE_NAME = "webcare";
    private static final Logger LOG = System.getLogger(H2Store.class.getName());

    private static final long OPEN_WAIT_MILLIS = 60_000;
    private static final int LOCKED_ATTEMPTS = 10;
    private static final long LOCKED_RETRY_MILLIS = 300;

    private final Path dataFile;
    private final Thread opener;
    private final CompletableFuture<JdbcConnectionPool> pool = new CompletableFuture<>();
    private final Consumer<String> notices;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Set by {@link #close()}: work of the open that the next open can finish stops early. */
    private volatile boolean stopping;
    private volatile StoreState state = new StoreState.Opening();
    private volatile Optional<Recovery> recovery = Optional.empty();
    private final H2Dialect dialect = new H2Dialect();
    private final PostingCache postings = new PostingCache(PostingCache.DEFAULT_BYTES);

    /**
     * The file of {@code launch}'s home. A recovery is said on the terminal too: a headless
     * command's user sees no status bar.
     */
    public H2Store(Launch launch) {
        this(launch.home().resolve("data"), Migration.bundled(), launch.productVersion(), Clock.systemUTC(),
                line -> System.err.println("webcare: " + line));
    }

    H2Store(Path dataDirectory, List<Migration> migrations, String productVersion, Clock clock,
            Consumer<String> notices) {
        this.dataFile = dataDirectory.resolve(FILE_NAME + ".mv.db");
        this.notices = notices;
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
    public Optional<Recovery> recovery() {
        return recovery;
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StoreException {
        JdbcConnectionPool connections = awaitOpen();
        try (Connection connection = connections.getConnection()) {
            return SqlTransaction.run(connection, dialect, postings, work);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                throw new StoreException(readOnlySentence(dataFile), e);
            }
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
        Path copy = null;
        try {
            Files.createDirectories(dataDirectory);
            requireWritable(dataDirectory);
            // retry: an interrupted thread (a view's loader, a sync stopped mid-page) closes a
            // FileChannel under H2; this file system opens it again instead of failing the store.
            String url = "jdbc:h2:retry:" + dataDirectory.toAbsolutePath().resolve(FILE_NAME)
                    + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
            Optional<CloseRecord> lastClose = Optional.empty();
            StoreFileHeader.Condition condition = StoreFileHeader.Condition.CLOSED_CLEANLY;
            if (Files.exists(dataFile)) {
                if (Files.size(dataFile) == 0 || !StoreFileHeader.isH2(dataFile)) {
                    throw new NotH2Exception();
                }
                lastClose = CloseRecord.read(dataFile);
                condition = StoreFileHeader.condition(dataFile);
                if (condition == StoreFileHeader.Condition.CLOSED_CLEANLY
                        && (lastClose.isEmpty() || lastClose.get().matches(dataFile))) {
                    checkBeforeWriting(url, migrator, lastClose);
                } else if (RecoveryCopies.locked(dataFile)) {
                    throw new InUseException();
                } else {
                    // H2 will recover this file, and recovery may roll it back to an older state.
                    copy = RecoveryCopies.copyAside(dataFile, clock.instant());
                }
            }
            JdbcConnectionPool connections = JdbcConnectionPool.create(dataSource(url));
            int version;
            try (Connection connection = firstConnection(connections)) {
                Migrator.Result result = migrator.migrate(connection, clock.instant());
                if (result.before() == 0) {
                    DatabaseInfo.recordCreation(connection, productVersion, clock);
                }
                // items triaged before the word index (in blocks) existed, on from where a stopped run was;
                // closing stops it between chunks, so the file is still closed cleanly
                WordIndex.backfill(connection, () -> !stopping);
                version = result.after();
                if (copy != null) {
                    recovery = Optional.of(describeRecovery(copy, condition, lastClose, RowCounts.count(connection),
                            clock));
                }
                // The file is open and about to change: its record of the last close no longer holds.
                CloseRecord.remove(dataFile);
            } catch (SQLException | IOException | Migrator.NewerSchemaException e) {
                connections.dispose();
                throw e;
            }
            LOG.log(Level.INFO, "Database {0} open at schema version {1}", dataFile, version);
            // Said before any work runs, so a headless command's first line is this one.
            recovery.ifPresent(done -> {
                LOG.log(Level.WARNING, done.message());
                notices.accept(done.message());
            });
            state = new StoreState.Ready(version);
            pool.complete(connections);
        } catch (Exception e) {
            String message = explain(e, copy != null);
            if (copy != null) {
                message = putBack(copy, message);
            }
            state = new StoreState.Failed(message);
            pool.completeExceptionally(new StoreException(message, e));
            LOG.log(Level.ERROR, message, e);
        }
    }

    /** After a failed open with recovery: the file goes back to exactly how it was, so nothing was changed. */
    private String putBack(Path copy, String message) {
        try {
            RecoveryCopies.restore(copy, dataFile);
            return message;
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Could not put " + copy + " back as " + dataFile, e);
            return "Database " + dataFile + " could not be opened, and a copy of it as it was is kept as " + copy
                    + ": use that copy, not the file, when you restore.";
        }
    }

    private Recovery describeRecovery(Path copy, StoreFileHeader.Condition condition,
            Optional<CloseRecord> lastClose, Map<String, Long> rowsNow, Clock clock) {
        long mentionsNow = rowsNow.getOrDefault(RowCounts.MENTIONS, 0L);
        String kept = " The file as it was is kept as " + copy;
        if (lastClose.isEmpty()) {
            if (condition == StoreFileHeader.Condition.NOT_CLOSED) {
                return new Recovery(Recovery.Cause.NOT_CLOSED_CLEANLY, clock.instant(), copy.toString(),
                        OptionalLong.empty(), mentionsNow, "Database " + dataFile + " was not closed properly last "
                                + "time (a crash or a forced stop) and has been recovered with " + count(mentionsNow)
                                + " mentions." + kept + ": delete it once your data looks complete.");
            }
            return new Recovery(Recovery.Cause.DAMAGED, clock.instant(), copy.toString(), OptionalLong.empty(),
                    mentionsNow, "Database " + dataFile + " is damaged (its newest part is cut short or overwritten): "
                            + "H2 could only recover an earlier state, with " + count(mentionsNow) + " mentions."
                            + kept + ": restore a backup if mentions are missing, or keep working with what is left.");
        }
        CloseRecord closed = lastClose.get();
        OptionalLong mentionsBefore = closed.rows(RowCounts.MENTIONS);
        long rowsLost = closed.rows().entrySet().stream()
                .mapToLong(table -> Math.max(0, table.getValue() - rowsNow.getOrDefault(table.getKey(), 0L)))
                .sum();
        String changed = "Database " + dataFile + " changed on disk after Webcare closed it (" + count(closed.size())
                + " bytes then, " + count(sizeOf(copy)) + " bytes now)";
        if (rowsLost == 0) {
            return new Recovery(Recovery.Cause.CHANGED_ON_DISK, clock.instant(), copy.toString(), mentionsBefore,
                    mentionsNow, changed + " and was opened with recovery; no rows are missing." + kept
                            + ": delete it once your data looks complete.");
        }
        return new Recovery(Recovery.Cause.DAMAGED, clock.instant(), copy.toString(), mentionsBefore, mentionsNow,
                changed + " and is damaged: H2 could only recover an earlier state, with " + count(mentionsNow)
                        + " of " + count(mentionsBefore.orElse(0)) + " mentions (" + count(rowsLost)
                        + " rows missing in all). The damaged file is kept as " + copy
                        + ": restore a backup, or keep working with what is left.");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /**
     * A read-only folder or file makes H2 open the database read-only without a word, and the
     * first write then fails with "The database is read only": say so before that.
     */
    private void requireWritable(Path dataDirectory) throws ReadOnlyException {
        if (!Files.isWritable(dataDirectory)) {
            throw new ReadOnlyException(dataDirectory);
        }
        if (Files.exists(dataFile) && !Files.isWritable(dataFile)) {
            throw new ReadOnlyException(dataFile);
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
     * Refuses a file from a newer version before H2 gets a chance to write to it: H2 rewrites the
     * file header whenever it opens a file for writing. Only for a file closed cleanly: H2 cannot
     * read any other without recovering it first, and such a file is copied before it opens.
     */
    private void checkBeforeWriting(String url, Migrator migrator, Optional<CloseRecord> lastClose)
            throws SQLException, Migrator.NewerSchemaException {
        int recorded = lastClose.map(CloseRecord::schemaVersion).orElse(0);
        if (recorded > migrator.latest()) {
            throw new Migrator.NewerSchemaException(recorded, migrator.latest());
        } else if (recorded > 0) {
            return; // the record matches the file and says its version: no need to open it to look
        }
        // A peek without a file lock, so that a failed peek cannot leave a lock behind in this JVM.
        try (Connection readOnly = dataSource(url + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO").getConnection()) {
            int found = Migrator.schemaVersion(readOnly);
            if (found > migrator.latest()) {
                throw new Migrator.NewerSchemaException(found, migrator.latest());
            }
        } catch (SQLException e) {
            // Held by another process, most likely: the real open says so. The migrator still
            // refuses a newer schema before changing anything.
            LOG.log(Level.INFO, "Database {0} could not be peeked at ({1}); opening it normally", dataFile,
                    e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static final class NotH2Exception extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static final class InUseException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static final class ReadOnlyException extends Exception {
        private static final long serialVersionUID = 1L;
        final Path path;

        ReadOnlyException(Path path) {
            this.path = path;
        }
    }

    /** One line naming the file and what to do; {@code recovering} when a copy was made before this open. */
    private String explain(Exception e, boolean recovering) {
        String keep = " Webcare did not change the file.";
        String startAnew = ": restore it from a backup, or move it away to start with an empty database." + keep;
        if (e instanceof NotH2Exception) {
            return "Database " + dataFile + " is damaged: "
                    + (sizeOf(dataFile) == 0 ? "it is empty (0 bytes)" : "it is not an H2 database file") + startAnew;
        }
        if (e instanceof ReadOnlyException readOnly) {
            return readOnlySentence(readOnly.path);
        }
        if (e instanceof InUseException) {
            return inUseSentence() + keep;
        }
        if (e instanceof Migrator.NewerSchemaException newer) {
            return "Database " + dataFile + " was written by a newer Webcare Workbench (schema " + newer.found
                    + ", this version knows up to " + newer.known + "): use the newer version, "
                    + "or set WEBCARE_HOME to another folder." + keep;
        }
        if (e instanceof SQLException sql) {
            switch (sql.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1:
                    return inUseSentence() + keep;
                case ErrorCode.DATABASE_IS_READ_ONLY:
                    return readOnlySentence(dataFile);
                case ErrorCode.FILE_CORRUPTED_1:
                case ErrorCode.FILE_VERSION_ERROR_1:
                    return "Database " + dataFile + " is damaged: H2 cannot read it" + startAnew;
                default:
                    if (recovering) {
                        // H2 names the internal step that failed (an I/O error, a chunk it cannot
                        // find): that goes to the log; the user needs to know the file is unusable.
                        return "Database " + dataFile + " is damaged: H2 cannot recover it (cut short or overwritten)"
                                + startAnew;
                    }
                    break;
            }
        }
        if (e instanceof IOException io) {
            return "Database " + dataFile + " cannot be opened: " + oneLine(io)
                    + ". Check the disk and the folder's permissions." + keep;
        }
        return "Database " + dataFile + " cannot be opened: " + oneLine(e);
    }

    private String inUseSentence() {
        return "Database " + dataFile + " is in use by another running Webcare Workbench: close it, "
                + "or set WEBCARE_HOME to another folder.";
    }

    private static String readOnlySentence(Path path) {
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        return "Webcare cannot write its database in " + folder + ": "
                + (Files.isDirectory(path) ? "the folder" : "the file " + path.getFileName()) + " is read-only. "
                + "Make it writable (chmod u+w " + path + "), or set WEBCARE_HOME to a folder you can write to.";
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /**
     * Closes the database and records how the file was left (see {@link CloseRecord}). Waits for
     * an open or migration still running: stopping H2's bundle under it would leave a
     * half-written file. Public for tools that construct the store by hand.
     */
    public void close() {
        stopping = true;
        try {
            opener.join(OPEN_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!pool.isDone() || pool.isCompletedExceptionally() || !closed.compareAndSet(false, true)) {
            return;
        }
        JdbcConnectionPool connections = pool.join();
        try {
            Map<String, Long> rows;
            int schemaVersion;
            try (Connection connection = connections.getConnection()) {
                rows = RowCounts.count(connection);
                schemaVersion = Migrator.schemaVersion(connection);
                try (Statement shutdown = connection.createStatement()) {
                    // Closes the file now, whoever still holds a connection: the record below
                    // must describe the file as H2 left it.
                    shutdown.execute("SHUTDOWN");
                }
            }
            CloseRecord.of(dataFile, schemaVersion, rows).write(dataFile);
        } catch (SQLException | IOException e) {
            // Without a record the next open copies the file first: safe, only slower.
            LOG.log(Level.WARNING, "Database " + dataFile + " closed without a close record: " + oneLine(e), e);
        } finally {
            connections.dispose();
        }
    }
}
