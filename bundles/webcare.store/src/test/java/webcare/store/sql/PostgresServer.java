package webcare.store.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server for the whole test run, with a new, empty database for each store a
 * test opens. Durability is off: a test's database is thrown away.
 *
 * <p>The server is zonky's embedded PostgreSQL (the server's own binaries from Maven Central,
 * started on first use and stopped when the JVM exits). As root it runs the server in a user
 * namespace; where a machine allows none, the system's PostgreSQL (the Debian package's
 * {@code /usr/lib/postgresql/N/bin}, which {@code .ci/run} installs there) is started instead as
 * the {@code postgres} user. Without either the tests fail, saying so: they are never skipped.
 */
final class PostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "never-shown-4711"; // any: the test server trusts local connections
    /** {@code -Dwebcare.test.postgres=system} starts the system's PostgreSQL straight away (to try that way). */
    private static final String WHICH = "webcare.test.postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Running server;

    /** A started server: its port, and a connection source to its {@code postgres} database. */
    private record Running(int port, DataSource admin) {}

    private PostgresServer() {}

    private static synchronized Running server() {
        if (server == null && "system".equals(System.getProperty(WHICH))) {
            server = systemServer(new IllegalStateException(WHICH + "=system"));
        }
        if (server == null) {
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                        .start();
                server = new Running(embedded.getPort(), embedded.getPostgresDatabase());
            } catch (IOException | RuntimeException embeddedFailed) {
                server = systemServer(embeddedFailed);
            }
        }
        return server;
    }

    /** The system's PostgreSQL in a folder of its own, as the {@code postgres} user, stopped when the JVM exits. */
    private static Running systemServer(Exception embeddedFailed) {
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.map(version -> version.resolve("bin")).filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                    .max(Comparator.naturalOrder()).orElseThrow();
        } catch (IOException | RuntimeException none) {
            throw new IllegalStateException("No PostgreSQL for the tests: the embedded one did not start ("
                    + embeddedFailed.getMessage() + ") and /usr/lib/postgresql/N/bin has none; install the "
                    + "postgresql package (.ci/run does)", embeddedFailed);
        }
        try {
            Path folder = Files.createTempDirectory("webcare-pg-");
            Path data = folder.resolve("data");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            run(List.of("chown", USER + ":", folder.toString()));
            run(asPostgres(bin.resolve("initdb"), "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                    "--no-sync", "-N"));
            run(asPostgres(bin.resolve("pg_ctl"), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                    "-w", "-o", "-p " + port + " -k '' -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(asPostgres(bin.resolve("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
                    try (Stream<Path> files = Files.walk(folder)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(file);
                        }
                    }
                } catch (IOException | InterruptedException ignored) {
                    // the JVM ends: nothing more can be done
                }
            }));
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setURL("jdbc:postgresql://localhost:" + port + "/postgres");
            admin.setUser(USER);
            return new Running(port, admin);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The system's PostgreSQL for the tests did not start: " + e.getMessage(), e);
        }
    }

    /** {@code command} as the postgres user when this is root (initdb refuses root), else as is. */
    private static List<String> asPostgres(Path program, String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
    }

    /** A new, empty database; its JDBC url. */
    static String newDatabase() {
        String name = "store_test_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return url(name);
    }

    static String url(String database) {
        return "jdbc:postgresql://localhost:" + server().port() + "/" + database;
    }

    /** Drops the database of {@code url}, whoever is still connected to it. */
    static void drop(String url) {
        execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = server().admin().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
