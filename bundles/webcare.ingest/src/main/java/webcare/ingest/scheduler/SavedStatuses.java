package webcare.ingest.scheduler;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;
import webcare.store.api.SourceStateRepository;
import webcare.store.api.SourceStateRepository.SavedState;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * The last status of each instance, kept in the database so that it survives a restart: saved at
 * the end of every pass, read when the instance comes up, and only for the configuration it was
 * saved with ({@link ConfigFingerprint}). A store that fails costs only this memory: the failure is
 * logged, the pass's result stands and the instance starts as {@link SourceState#NEW}.
 */
final class SavedStatuses {

    private static final Logger LOG = System.getLogger(SavedStatuses.class.getName());

    private final Store store;
    private final SourceStateRepository states;
    private final Clock clock;

    SavedStatuses(Store store, SourceStateRepository states, Clock clock) {
        this.store = store;
        this.states = states;
        this.clock = clock;
    }

    /**
     * The status last saved for the instance with the configuration {@code fingerprint}; empty when
     * none was saved, or it was saved for another configuration (or by a newer product).
     */
    Optional<SourceStatus> restore(String type, String instance, String fingerprint) {
        Optional<SavedState> saved;
        try {
            saved = store.inTransaction(tx -> states.load(tx, type, instance));
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "{0}/{1}: its last state cannot be read, so it starts as new: {2}", type, instance,
                    e.getMessage());
            return Optional.empty();
        }
        return saved.filter(state -> state.fingerprint().equals(fingerprint)).flatMap(SavedStatuses::status);
    }

    private static Optional<SourceStatus> status(SavedState saved) {
        SourceState state;
        try {
            state = SourceState.valueOf(saved.state());
        } catch (IllegalArgumentException stateOfANewerProduct) {
            return Optional.empty();
        }
        // The poll an earlier run planned is not this run's; the end of a rate limit or of a
        // backoff is the platform's and still holds.
        boolean platformsTime = state == SourceState.RATE_LIMITED || state == SourceState.ERROR;
        return Optional.of(new SourceStatus(saved.source(), saved.instance(), state, saved.message(),
                platformsTime ? saved.next() : null, saved.lastSync(), saved.lastAdded(), saved.lastSkipped()));
    }

    /** Saves {@code status} as its instance's last, for the configuration {@code fingerprint}. */
    void save(SourceStatus status, String fingerprint) {
        SavedState state = new SavedState(status.type(), status.instance(), status.state().name(), status.message(),
                status.until(), status.lastSync(), status.lastAdded(), status.lastSkipped(), fingerprint,
                clock.instant());
        try {
            store.inTransaction(tx -> {
                states.save(tx, state);
                return null;
            });
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "{0}/{1}: its state cannot be saved, so a restart forgets it: {2}", status.type(),
                    status.instance(), e.getMessage());
        }
    }
}
