package webcare.store.api;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The last outcome of each source instance, so that what the ingestion knew (a refused token, a
 * rate limit, the last sync) survives a restart. One row per instance, replaced at the end of
 * every pass.
 */
@ProviderType
public interface SourceStateRepository {

    /**
     * One instance's last outcome.
     *
     * @param source      the platform type, e.g. {@code twitter}
     * @param instance    the instance name
     * @param state       the ingestion's name of the state, e.g. {@code AUTH_FAILED}
     * @param message     one line for people, empty when all was well; kept up to
     *                    {@link #MAX_MESSAGE} characters, cut with {@code …} beyond
     * @param next        when the next pass was due or the rate limit ends; null when none was planned
     * @param lastSync    the end of the last pass that went well; null before the first
     * @param lastAdded   how many new mentions that pass stored
     * @param lastSkipped how many items that pass left out, by reason
     * @param fingerprint identifies the configuration the outcome belongs to (a hash, never a setting
     *                    in clear): an instance whose configuration changed starts afresh
     * @param savedAt     when it was saved
     */
    record SavedState(String source, String instance, String state, String message, Instant next, Instant lastSync,
            int lastAdded, Map<String, Integer> lastSkipped, String fingerprint, Instant savedAt) {

        public SavedState {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(savedAt, "savedAt");
            lastSkipped = Collections.unmodifiableMap(new TreeMap<>(lastSkipped));
        }
    }

    /** Longest message kept, in characters. */
    int MAX_MESSAGE = 2000;

    /** The saved outcome of one instance; empty when none was saved. */
    Optional<SavedState> load(Transaction tx, String source, String instance) throws StoreException;

    /** Saves {@code state} in place of what its instance had. */
    void save(Transaction tx, SavedState state) throws StoreException;
}
