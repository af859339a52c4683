package webcare.store.sql;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.WebcareCommand;
import webcare.launch.api.Launch;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * {@code database}: where the database is, its schema version, what a recovery in this run did
 * and which copies made before recoveries are still kept; exit 1 when it cannot be used or was
 * found damaged in this run. {@code database migrate-to URL --user U [--password-file F]} copies
 * the embedded file into an empty PostgreSQL database ({@link MigrationToPostgres}).
 */
@Component(service = DatabaseCommand.class)
@WebcareCommand(function = "database")
public final class DatabaseCommand {

    static final String USAGE = "database [migrate-to URL --user U [--password-file F]]";

    private final Store store;
    private final String productVersion;

    @Activate
    public DatabaseCommand(@Reference Store store, @Reference Launch launch) {
        this.store = store;
        this.productVersion = launch.productVersion();
    }

    @Descriptor("show the database, its schema version and any copies kept before a recovery; "
            + "'database migrate-to URL --user U [--password-file F]' copies the embedded file into an empty "
            + "PostgreSQL database (docs/TEAM.md)")
    public void database(@Descriptor("nothing, or migrate-to and its arguments") String... words) {
        if (words.length == 0) {
            report(store, System.out);
        } else if (words[0].equals("migrate-to") && words.length >= 2) {
            migrateTo(List.of(words).subList(1, words.length), System.getenv(ConfiguredStore.PASSWORD_ENV));
        } else {
            throw new CommandFailedException("usage: " + USAGE);
        }
    }

    private void migrateTo(List<String> arguments, String passwordFromEnvironment) {
        String url = arguments.get(0);
        String user = null;
        Path passwordFile = null;
        for (int i = 1; i < arguments.size(); i += 2) {
            if (i + 1 >= arguments.size()) {
                throw new CommandFailedException(arguments.get(i) + " needs a value; usage: " + USAGE);
            }
            switch (arguments.get(i)) {
                case "--user" -> user = arguments.get(i + 1);
                case "--password-file" -> passwordFile = Path.of(arguments.get(i + 1));
                default -> throw new CommandFailedException("unknown option " + arguments.get(i) + "; usage: " + USAGE);
            }
        }
        if (user == null) {
            throw new CommandFailedException("migrate-to needs --user, the PostgreSQL user; usage: " + USAGE);
        }
        String password = passwordFromEnvironment;
        if (passwordFile != null) {
            try {
                password = Files.readString(passwordFile).strip();
            } catch (IOException e) {
                throw new CommandFailedException("--password-file " + passwordFile + " cannot be read ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        if (password == null) {
            throw new CommandFailedException("migrate-to needs the password: --password-file F, or the environment "
                    + "variable " + ConfiguredStore.PASSWORD_ENV);
        }
        try {
            new MigrationToPostgres(store, url, user, password, productVersion, System.out).run();
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("migrate-to was interrupted; nothing was written");
        }
    }

    static void report(Store store, PrintStream out) {
        try {
            // Waits for the database to open; a failure arrives as the exception.
            store.inTransaction(tx -> null);
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage());
        }
        out.println("Database " + store.location());
        if (store.state() instanceof StoreState.Ready ready) {
            out.println("Schema version " + ready.schemaVersion());
        }
        Path file = Path.of(store.location());
        List<Path> copies = copies(file);
        copies.forEach(copy -> out.println("Kept before a recovery: " + copy + " (" + size(copy)
                + "); delete it once your data looks complete"));
        out.flush();
        // The store has said on stderr what a recovery did; damage also shows in the exit status.
        store.recovery().filter(recovery -> recovery.cause() == Recovery.Cause.DAMAGED).ifPresent(recovery -> {
            throw new CommandFailedException(String.format(Locale.ROOT,
                    "the database was damaged; %,d mentions are left and the damaged file is kept as %s",
                    recovery.mentionsNow(), recovery.copy()));
        });
    }

    private static List<Path> copies(Path file) {
        try {
            return Files.isDirectory(file.getParent()) ? RecoveryCopies.beside(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1_000_000 ? String.format(Locale.ROOT, "%,d KB", (bytes + 999) / 1000)
                    : String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
