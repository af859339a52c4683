package webcare.ingest.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports a mention file (JSON Lines or CSV, docs/MENTIONS.md) in the background, all of it in
 * one transaction: an import that is cancelled or fails leaves nothing in the database.
 * Thread-safe.
 */
@ProviderType
public interface MentionFileImport {

    /** The file name extensions it reads, lower case, without the dot: {@code jsonl}, {@code csv}, … */
    List<String> fileExtensions();

    /**
     * Starts importing {@code file} on a thread of its own and returns at once; never throws.
     * {@code progress} is called on that thread, at most about ten times a second, and once more
     * at the end of an import that went through, with {@code bytesRead == bytesTotal}; it must
     * return quickly (hand the value to the UI thread). The result completes on that thread: with
     * the summary, or exceptionally when the file cannot be read, its extension is not one of
     * {@link #fileExtensions()} or the store fails; that exception's message is one line naming
     * the file and saying what to do.
     */
    ImportRun start(Path file, Consumer<ImportProgress> progress);

    /**
     * Starts importing {@code file} as {@link #start(Path, Consumer)} does, saying the failure's
     * message and the {@link ImportSummary#badLines()} in {@code language} (Dutch for "nl",
     * English otherwise): for a window that shows them. Field names and the file's values stay as
     * written. This default, for providers that speak one language, ignores {@code language}.
     *
     * @since 1.4
     */
    default ImportRun start(Path file, Consumer<ImportProgress> progress, Locale language) {
        return start(file, progress);
    }
}
