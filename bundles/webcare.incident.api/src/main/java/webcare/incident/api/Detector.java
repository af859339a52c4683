package webcare.incident.api;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Watches one stream of mentions. Time is the stream's own: it moves only when
 * {@link #advanceTo} is called, so the same calls give the same signals live and in a replay.
 * Live, call {@code advanceTo(clock.instant())} every minute or so and {@link #accept} each mention
 * as it arrives; in a replay, call {@code advanceTo(mention.created())} and then {@code accept}
 * for each mention in time order. Not thread-safe: one thread feeds a detector.
 */
@ProviderType
public interface Detector {

    /**
     * Counts one mention in the bucket of its {@code created} time. A duplicate (same source and
     * id among the retained ones) is left out. One older than the clock by more than the settings'
     * lateness, or ahead of it by more than their future tolerance, is counted in the current
     * bucket instead (see {@link #status()}). Raises nothing itself.
     */
    void accept(Observation observation);

    /**
     * Moves the clock to {@code now} (an earlier instant changes nothing), closing every bucket
     * that ended by then: each is compared with what the rhythm expected and learnt from.
     *
     * @return the signals raised, in time order; empty when none
     */
    List<Signal> advanceTo(Instant now);

    /** What it took so far. */
    DetectorStatus status();
}
