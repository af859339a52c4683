package webcare.ingest.api;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/** One import started by {@link MentionFileImport#start}. Thread-safe. */
@ProviderType
public interface ImportRun {

    /**
     * Asks the import to stop and returns at once. It stops before it stores its next batch
     * (never in the middle of a write), rolls everything back and completes {@link #result()}
     * with a summary that is {@link ImportSummary#cancelled() cancelled}. Too late once the import
     * has committed or failed: then its result stands.
     */
    void cancel();

    /** Completes once, when the import has committed, been rolled back after {@link #cancel()}, or failed. */
    CompletionStage<ImportSummary> result();
}
