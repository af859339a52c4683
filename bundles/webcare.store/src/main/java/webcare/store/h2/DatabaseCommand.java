package webcare.store.h2;

import java.io.PrintStream;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.WebcareCommand;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/** {@code database}: where the database is and its schema version; exit 1 when it cannot be used. */
@Component(service = DatabaseCommand.class)
@WebcareCommand(function = "database")
public final class DatabaseCommand {

    private final Store store;

    @Activate
    public DatabaseCommand(@Reference Store store) {
        this.store = store;
    }

    @Descriptor("show the database file and its schema version (opens and migrates it)")
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
    }
}
