package webcare.store.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The signals the crisis detector raised over the stored stream: a rise of a metric of a source's
 * stream (or all sources) with its evidence, kept once per source, metric and onset, and the
 * incident that was opened from it, if any.
 */
@ProviderType
public interface SignalRepository {

    /**
     * A signal as stored: {@code metric} is the detector's name for what rose; {@code terms},
     * {@code authors} and {@code examples} are its evidence (examples as mention ids).
     */
    record StoredSignal(long id, Instant detected, Instant onset, String source, String metric, double observed,
            double expected, double score, List<String> terms, List<String> authors, List<Long> examples,
            Optional<Long> incident) {

        public StoredSignal {
            terms = List.copyOf(terms);
            authors = List.copyOf(authors);
            examples = List.copyOf(examples);
        }
    }

    /** Stores {@code signal} (its id is ignored); empty when one with the same source, metric and onset exists. */
    Optional<Long> add(Transaction tx, StoredSignal signal) throws StoreException;

    /** The newest signals first, by detection time, at most {@code limit}. */
    List<StoredSignal> recent(Transaction tx, int limit) throws StoreException;

    /** Records that incident {@code incident} was opened from signal {@code id}. */
    void opened(Transaction tx, long id, long incident) throws StoreException;
}
