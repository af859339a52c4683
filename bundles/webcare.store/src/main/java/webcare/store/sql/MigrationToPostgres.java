package webcare.store.sql;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * {@code database migrate-to URL}: the workbench's embedded H2 file copied into an empty
 * PostgreSQL database in one transaction, migrated to the same schema first, each table verified
 * (row count, checksum) before it is committed. A target that holds data is refused; the H2 file
 * is only read. The password comes from a file or the environment, and never appears in output.
 */
final class MigrationToPostgres {

    private static final Duration OPEN_WAIT = Duration.ofMinutes(2);

    private final Store source;
    private final String url;
    private final String user;
    private final String password;
    private final String productVersion;
    private final PrintStream out;

    MigrationToPostgres(Store source, String url, String user, String password, String productVersion,
            PrintStream out) {
        this.source = source;
        this.url = url;
        this.user = user;
        this.password = password;
        this.productVersion = productVersion;
        this.out = out;
    }

    /** Copies, verifies and commits; throws with one line saying why nothing was written. */
    void run() throws StoreException, InterruptedException {
        String shown = PostgresStore.withoutParameters(url);
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StoreException("migrate-to: '" + shown + "' is not a PostgreSQL url; "
                    + "give one like jdbc:postgresql://host:5432/webcare");
        }
        if (!source.inTransaction(tx -> SqlTransaction.of(tx).dialect() instanceof H2Dialect)) {
            throw new StoreException("migrate-to copies the embedded H2 file, and this workbench uses "
                    + source.location() + " already");
        }
        refuseFilled(shown);
        PostgresStore target = new PostgresStore(url, user, password, Migration.bundled(), productVersion,
                Clock.systemUTC(), PostgresStore.RETRY);
        try {
            awaitOpen(target);
            out.println("Copying " + source.location() + " into " + shown + " …");
            List<DatabaseCopy.Table> tables = target.inTransaction(into -> {
                Connection intoConnection = SqlTransaction.of(into).connection();
                try {
                    refuseFilled(shown, intoConnection); // again: another workbench may have begun meanwhile
                } catch (SQLException e) {
                    throw new StoreException("migrate-to: " + shown + ": " + e.getMessage(), e);
                }
                return source.inTransaction(from -> copy(SqlTransaction.of(from).connection(), intoConnection));
            });
            long rows = tables.stream().mapToLong(DatabaseCopy.Table::rows).sum();
            out.printf(Locale.ROOT, "Copied %d tables, %,d rows into %s; every table's row count and checksum "
                    + "match. %s was only read.%n", tables.size(), rows, shown, source.location());
            out.println("Next: on each workbench of the team, write etc/webcare.store.cfg with url = " + shown
                    + ", user = " + user + " and passwordFile = <a file in etc/ with the password> (docs/TEAM.md).");
        } finally {
            target.close();
        }
    }

    private List<DatabaseCopy.Table> copy(Connection from, Connection into) throws StoreException {
        try {
            return DatabaseCopy.copy(from, into, table -> out.printf(Locale.ROOT, "  %-28s %,12d %-5s verified%n",
                    table.name(), table.rows(), table.rows() == 1 ? "row" : "rows"));
        } catch (SQLException e) {
            throw new StoreException("migrate-to: the copy failed, and nothing of it was kept: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        } catch (DatabaseCopy.MismatchException e) {
            throw new StoreException("migrate-to: the copy does not match the file (" + e.getMessage()
                    + "), so nothing of it was kept", e);
        }
    }

    /** Before anything is written: the target must hold no data (an empty database, or only our empty schema). */
    private void refuseFilled(String shown) throws StoreException {
        try (Connection connection = PostgresStore.dataSource(url, user, password).getConnection()) {
            List<String> tables = DatabaseCopy.tables(connection);
            if (!tables.isEmpty() && !tables.contains("schema_version")) {
                throw new StoreException("migrate-to: " + shown + " holds other tables (" + String.join(", ",
                        tables.subList(0, Math.min(3, tables.size()))) + (tables.size() > 3 ? ", …" : "")
                        + "): give an empty database (createdb)");
            }
            refuseFilled(shown, connection);
        } catch (SQLException e) {
            throw new StoreException("migrate-to: " + shown + " cannot be opened: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static void refuseFilled(String shown, Connection connection) throws SQLException, StoreException {
        if (!DatabaseCopy.tables(connection).contains("schema_version")) {
            return;
        }
        Map<String, Long> filled = DatabaseCopy.rowsBesidesTheSchema(connection);
        if (!filled.isEmpty()) {
            Map.Entry<String, Long> first = filled.entrySet().iterator().next();
            throw new StoreException(String.format(Locale.ROOT, "migrate-to: %s is not empty (%s, e.g. %s with %,d "
                    + "rows): copy into an empty database only; nothing was written", shown, filled.size() == 1
                    ? "1 table holds rows" : filled.size() + " tables hold rows", first.getKey(), first.getValue()));
        }
    }

    private static void awaitOpen(PostgresStore target) throws StoreException, InterruptedException {
        long deadline = System.nanoTime() + OPEN_WAIT.toNanos();
        while (target.state() instanceof StoreState.Opening) {
            if (System.nanoTime() > deadline) {
                throw new StoreException("migrate-to: " + target.location() + " did not open within "
                        + OPEN_WAIT.toMinutes() + " minutes");
            }
            Thread.sleep(50);
        }
        if (target.state() instanceof StoreState.Failed failed) {
            throw new StoreException("migrate-to: " + failed.message());
        }
    }
}
