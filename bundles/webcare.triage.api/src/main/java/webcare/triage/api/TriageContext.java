package webcare.triage.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import webcare.analysis.api.Polarity;
import webcare.model.Mention;

/**
 * What triage knows around a mention: its author's history, its thread, and recent items on the
 * same subject. {@link Triage#memoryContext()} gives one over a stream in memory (for
 * {@code triage --input}); a store-backed one answers from the database. Called from one thread at
 * a time per context unless the implementation says otherwise.
 */
@ConsumerType
public interface TriageContext {

    /** The author's earlier items ({@link SeenItem#authorOf}); {@link AuthorHistory#NONE} when unknown. */
    AuthorHistory authorHistory(Mention mention);

    /** The earlier items of the mention's thread ({@link SeenItem#threadOf}); {@link ThreadHistory#NONE} when none. */
    ThreadHistory threadHistory(Mention mention);

    /**
     * Items posted from {@code from} to {@code to} (inclusive) that share at least {@code minShared}
     * of {@code terms}, in posting order; empty when none.
     */
    List<SeenItem> similar(Set<String> terms, int minShared, Instant from, Instant to);

    /**
     * Told the outcome of every triaged item, and again when an item is raised: an item with a key
     * already remembered replaces the earlier one, and its author and thread are not counted twice.
     *
     * @param polarity the item's sentiment polarity, for the author's and the thread's history
     */
    void remember(SeenItem item, Polarity polarity);
}
