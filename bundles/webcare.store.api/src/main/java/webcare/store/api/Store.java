package webcare.store.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The workbench database. The service is registered at once; the database opens (and migrates)
 * in the background, so {@link #state()} may still be {@link StoreState.Opening}. Work submitted
 * meanwhile waits until it is open.
 */
@ProviderType
public interface Store {

    /** Where the data lives, for people: a file path, or a server URL without credentials. */
    String location();

    /** Current state; never null; cheap, never blocks. */
    StoreState state();

    /**
     * What the store did when it opened a file that needed recovery in this process (a crash
     * last time, or a file changed or damaged on disk): empty when the file opened as it was
     * closed, or has not opened yet. Cheap, never blocks.
     */
    Optional<Recovery> recovery();

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it
     * throws. Waits for the database to open first. Must not be called on the UI thread.
     *
     * @throws StoreException when the database is unavailable or the work fails; the message
     *     says what to do
     */
    <T> T inTransaction(Work<T> work) throws StoreException;

    /** One unit of work: hand {@code tx} to repositories; it is valid only while this runs. */
    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx) throws StoreException;
    }
}
