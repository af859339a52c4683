package webcare.response.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Drills: a recorded stream of mentions replayed at a chosen speed through the crisis detector as an
 * exercise of the plan. The first signal opens a drill incident (marked as a drill everywhere, never
 * listed with real ones); the team then works it as a real one, and its times are theirs. The
 * replayed mentions are not stored: a drill never mixes with real data.
 */
@ProviderType
public interface Drills {

    /** A drill to run: the mention file, how many times faster than it was recorded, the scenario and language. */
    record Request(Path file, double speed, Optional<String> scenarioId, String language, String by) {
        public Request {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(scenarioId, "scenarioId");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(by, "by");
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("a drill's speed is a number above 0, not " + speed);
            }
        }
    }

    /**
     * Where a drill stands: the stream's span and how far the replay is in it, the signals raised,
     * the drill incident opened (with the stream's onset and detection times of its signal), and
     * whether it ended (a failure says why).
     */
    record Run(Request request, Instant startedAt, Instant streamFrom, Instant streamTo, Instant streamNow, int mentions,
            int signals, Optional<Long> incident, Optional<Instant> streamOnset, Optional<Instant> streamDetected,
            boolean finished, Optional<String> failure) {

        /** The replay has reached {@code now} in the stream, after {@code count} mentions. */
        public Run at(Instant now, int count) {
            return new Run(request, startedAt, streamFrom, streamTo, now, count, signals, incident, streamOnset,
                    streamDetected, false, failure);
        }

        /** One more signal; the first one's incident, onset and detection are kept. */
        public Run signalled(long opened, Instant onset, Instant detected) {
            return new Run(request, startedAt, streamFrom, streamTo, streamNow, mentions, signals + 1,
                    incident.or(() -> Optional.of(opened)), streamOnset.or(() -> Optional.of(onset)),
                    streamDetected.or(() -> Optional.of(detected)), false, failure);
        }

        /** The drill ended, after a failure when one is given. */
        public Run ended(Optional<String> why) {
            return new Run(request, startedAt, streamFrom, streamTo, streamNow, mentions, signals, incident, streamOnset,
                    streamDetected, true, why);
        }
    }

    /** Starts a drill in the background; refused while another one runs. */
    Run start(Request request) throws IncidentException;

    /** The drill running now, or the last one; empty when none ran since the start. */
    Optional<Run> current();

    /** Stops the running drill; its incident stays. */
    void stop();
}
