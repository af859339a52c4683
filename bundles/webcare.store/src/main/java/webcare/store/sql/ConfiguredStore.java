package webcare.store.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import webcare.launch.api.Launch;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * The workbench's store, as {@code etc/webcare.store.cfg} chooses it: without a {@code url} the
 * embedded H2 file in {@code $WEBCARE_HOME/data} (zero set-up for one person); with a
 * {@code jdbc:postgresql:} url the team's PostgreSQL database, as {@code user}, with the password
 * read from the file {@code passwordFile} or else the environment variable named by
 * {@code passwordEnv} (default {@value #PASSWORD_ENV}), never from the .cfg itself. While the file
 * exists but its configuration has not been delivered yet, nothing is opened: the store says it
 * is opening, and work waits for the configured one.
 */
@Component(service = Store.class, configurationPid = ConfiguredStore.PID)
@Designate(ocd = ConfiguredStore.Config.class)
public final class ConfiguredStore implements Store {

    static final String PID = "webcare.store";
    static final String PASSWORD_ENV = "WEBCARE_STORE_PASSWORD";
    private static final String FILE = "etc/" + PID + ".cfg";

    /** Keys of {@code etc/webcare.store.cfg}; the metatype lets Diagnostics check the file. */
    @ObjectClassDefinition(id = PID, name = "Database",
            description = "Where the workbench keeps its data: the embedded file, or a team's PostgreSQL database")
    public @interface Config {
        @AttributeDefinition(name = "PostgreSQL url", required = false,
                description = "jdbc:postgresql://host:5432/database; empty: the embedded H2 file in data/")
        String url() default "";

        @AttributeDefinition(name = "User", required = false, description = "The database user; required with a url")
        String user() default "";

        @AttributeDefinition(name = "Password file", required = false,
                description = "A file in etc/ (or an absolute path) holding the password on one line")
        String passwordFile() default "";

        @AttributeDefinition(name = "Password variable", required = false,
                description = "The environment variable holding the password when there is no password file")
        String passwordEnv() default PASSWORD_ENV;
    }

    private final Store chosen;
    private final Runnable close;

    @Activate
    public ConfiguredStore(@Reference Launch launch, Map<String, Object> properties) {
        this(launch, properties, System::getenv);
    }

    ConfiguredStore(Launch launch, Map<String, Object> properties, Function<String, String> environment) {
        String url = text(properties, "url");
        if (!properties.containsKey("service.pid") && Files.exists(launch.home().resolve(FILE))) {
            Waiting waiting = new Waiting(launch.home().resolve(FILE).toString());
            chosen = waiting;
            close = waiting.released::countDown;
        } else if (url.isEmpty()) {
            H2Store file = new H2Store(launch);
            chosen = file;
            close = file::close;
        } else {
            Store server;
            Runnable closing;
            try {
                PostgresStore postgres = new PostgresStore(checkedUrl(url), required(properties, "user"),
                        password(launch.home(), properties, environment), Migration.bundled(),
                        launch.productVersion(), Clock.systemUTC(), PostgresStore.RETRY);
                server = postgres;
                closing = postgres::close;
            } catch (IllegalArgumentException bad) {
                server = new Refused(PostgresStore.withoutParameters(url), bad.getMessage());
                closing = () -> { };
            }
            chosen = server;
            close = closing;
        }
    }

    private static String checkedUrl(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(FILE + ": url: '" + PostgresStore.withoutParameters(url)
                    + "' is not a PostgreSQL url; write url = jdbc:postgresql://host:5432/webcare, "
                    + "or leave url out for the embedded database");
        }
        return url;
    }

    private static String required(Map<String, Object> properties, String key) {
        String value = text(properties, key);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": " + key + ": missing; name the database user, e.g. "
                    + key + " = webcare");
        }
        return value;
    }

    /** The password from {@code passwordFile} (relative to {@code etc/}), else from the environment. */
    private static String password(Path home, Map<String, Object> properties, Function<String, String> environment) {
        String file = text(properties, "passwordFile");
        if (!file.isEmpty()) {
            Path path = home.resolve("etc").resolve(file);
            try {
                return Files.readString(path, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException(FILE + ": passwordFile: " + path + " cannot be read ("
                        + e.getClass().getSimpleName() + "): create it with the password on one line, chmod 600");
            }
        }
        String variable = text(properties, "passwordEnv");
        String name = variable.isEmpty() ? PASSWORD_ENV : variable;
        String password = environment.apply(name);
        if (password == null) {
            throw new IllegalArgumentException(FILE + ": no password: set passwordFile = <file in etc/>, "
                    + "or the environment variable " + name);
        }
        return password;
    }

    private static String text(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        return value == null ? "" : value.toString().strip();
    }

    @Override
    public String location() {
        return chosen.location();
    }

    @Override
    public StoreState state() {
        return chosen.state();
    }

    @Override
    public Optional<Recovery> recovery() {
        return chosen.recovery();
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StoreException {
        return chosen.inTransaction(work);
    }

    @Deactivate
    void close() {
        close.run();
    }

    /** A store whose settings are wrong: it says so, and does no work. */
    private record Refused(String location, String message) implements Store {

        @Override
        public StoreState state() {
            return new StoreState.Failed(message);
        }

        @Override
        public Optional<Recovery> recovery() {
            return Optional.empty();
        }

        @Override
        public <T> T inTransaction(Work<T> work) throws StoreException {
            throw new StoreException(message);
        }
    }

    /**
     * Until the configuration in the file is delivered: opening, and work waits for the store that
     * replaces this one. A file that is never delivered (File Install could not read it) is said
     * after {@link #PATIENCE}.
     */
    private static final class Waiting implements Store {

        private static final Duration PATIENCE = Duration.ofSeconds(15);
        private final String file;
        private final long since = System.nanoTime();
        final CountDownLatch released = new CountDownLatch(1);

        Waiting(String file) {
            this.file = file;
        }

        @Override
        public String location() {
            return file;
        }

        @Override
        public StoreState state() {
            if (System.nanoTime() - since > PATIENCE.toNanos()) {
                return new StoreState.Failed(file + " was not read in " + PATIENCE.toSeconds() + " seconds: check it "
                        + "(View > Diagnostics lists the settings it rejects), or move it away for the embedded database");
            }
            return new StoreState.Opening();
        }

        @Override
        public Optional<Recovery> recovery() {
            return Optional.empty();
        }

        @Override
        public <T> T inTransaction(Work<T> work) throws StoreException {
            try {
                long left = PATIENCE.toNanos() - (System.nanoTime() - since);
                if (!released.await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    throw new StoreException(((StoreState.Failed) state()).message());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new StoreException("The store is being set up again from " + file + ": try again");
        }
    }
}
