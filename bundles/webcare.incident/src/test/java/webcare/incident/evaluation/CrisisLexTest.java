package webcare.incident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.Signal;
import webcare.incident.detect.RhythmDetector;
import webcare.incident.streams.Replay;

/**
 * The detector on the real, timestamped crisis streams of CrisisLexT26 ({@code ../shared/data},
 * read in place; skipped where absent), each on two weeks of an organisation's ordinary traffic of
 * 500 mentions a day ({@link Embedded}). docs/BENCHMARKS.md has the numbers per event.
 */
class CrisisLexTest {

    static Path folder() {
        Optional<Path> folder = CrisisStreams.folder();
        assumeTrue(folder.isPresent(), "../shared/data/crisis_streams is absent");
        return folder.get();
    }

    static List<Signal> signals(Embedded embedded) {
        return Replay.play(new RhythmDetector(DetectorSettings.DEFAULTS), embedded.mentions(), embedded.end());
    }

    @Test
    void mostEventsAreRaisedWithinADayOfTheirOnsetAndTheOrdinaryWeeksBeforeHardlyEver() {
        List<CrisisStreams.Event> events = CrisisStreams.events(folder());
        List<String> detected = new ArrayList<>();
        int falseAlarms = 0;
        long seed = 0;
        for (CrisisStreams.Event event : events) {
            Embedded embedded = Embedded.of(event, 500, ++seed);
            List<Signal> signals = signals(embedded);
            Instant first = event.hours().get(0);
            falseAlarms += (int) signals.stream().filter(signal -> signal.detected().isBefore(first)).count();
            Instant from = embedded.onset().minus(Duration.ofHours(1));
            Instant to = embedded.onset().plus(Duration.ofHours(24));
            if (signals.stream().anyMatch(signal -> !signal.detected().isBefore(from) && signal.detected().isBefore(to))) {
                detected.add(event.name());
            }
        }

        assertThat(events).hasSize(25);
        assertThat(detected).as("events raised within 24 hours of the onset hour").hasSizeGreaterThanOrEqualTo(20);
        assertThat(falseAlarms).as("signals in 25 × 14 ordinary days").isLessThanOrEqualTo(2);
    }

    @Test
    void aSuddenDisasterIsRaisedWithinTheHourNamingItsWords() {
        CrisisStreams.Event explosion = CrisisStreams.events(folder()).stream()
                .filter(event -> event.name().equals("2013_West_Texas_explosion")).findFirst().orElseThrow();
        Embedded embedded = Embedded.of(explosion, 500, 1);

        Signal first = signals(embedded).stream()
                .filter(signal -> !signal.detected().isBefore(explosion.hours().get(0))).findFirst().orElseThrow();

        assertThat(first.detected()).isBefore(embedded.onset().plus(Duration.ofMinutes(60)));
        assertThat(first.terms()).containsAnyOf("explosion", "texas", "west", "fertilizer", "plant", "waco");
    }
}
