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
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * {@code database}: where the database is, its schema version, what a recovery in this run did
 * and which copies made before recoveries are still kept; exit 1 when it cannot be used or was
 * found damaged in this run.
 */
@Component(service = DatabaseCommand.class)
@WebcareCommand(function = "database")
public final class DatabaseCommand {

    private final Store store;

    @Activate
    public DatabaseCommand(@Reference Store store) {
        this.store = store;
    }

    @Descriptor("show the database file, its schema version and any copies kept before a recovery")
    public void database() {
        report(store, System.out);
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
