package webcare.ingest.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The ingestion: polls every configured source instance on its own interval, on threads of its
 * own, and stores each page with the cursor after it in one transaction. Thread-safe; nothing
 * here blocks except {@link #awaitConfigured}.
 */
@ProviderType
public interface Ingest {

    /** Every known instance, ordered by type then instance. */
    List<SourceStatus> sources();

    /**
     * Starts one sync pass of an instance now (or joins the running one); completes with its
     * result. Unknown instances complete with a {@link SyncResult} whose state is
     * {@link SourceState#STOPPED}.
     */
    CompletionStage<SyncResult> syncNow(String type, String instance);

    /** One pass over every instance at once, each on its own thread; completes when all are done. */
    CompletionStage<List<SyncResult>> syncAll();

    /**
     * Waits (at most {@code timeout}) until every source configuration file in {@code etc/} has
     * its instance running, with the state it was left in read back from the database, so that a
     * headless command sees them all as they are; returns the file names still without an instance
     * (their bundle is missing, or their settings are rejected).
     */
    List<String> awaitConfigured(Duration timeout) throws InterruptedException;
}
