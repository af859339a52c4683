package webcare.incident.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.incident.detect.RhythmDetectorTest.MONDAY;
import static webcare.incident.detect.RhythmDetectorTest.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.DetectorStatus;
import webcare.incident.api.Observation;
import webcare.incident.api.Signal;
import webcare.incident.streams.Replay;
import webcare.incident.streams.Traffic;

/** What a stream gets wrong: order, duplicates, clocks, holes. The detector corrects, counts, and finds the crisis. */
class BadInputTest {

    static final Instant ONSET = local("2026-01-21T10:17:40");

    static Traffic crisis() {
        return Traffic.ordinary(41, MONDAY, Duration.ofDays(17), 500).generate()
                .crisis(ONSET, Duration.ofHours(2), 6, 0.7, null);
    }

    /** What identifies a signal, without its evidence. */
    static List<String> raised(List<Signal> signals) {
        return signals.stream().map(signal -> signal.detected() + " " + signal.source() + " " + signal.metric()
                + " onset " + signal.onset()).toList();
    }

    @Test
    void mentionsArrivingUpToTheLatenessLateCountInTheirOwnBucketAndTheCrisisIsStillFound() {
        Traffic traffic = crisis();
        // each mention arrives up to 5 minutes after it was written, as polled sources deliver them
        Random random = new Random(7);
        Map<Observation, Instant> arrival = new HashMap<>();
        for (Observation mention : traffic.mentions()) {
            arrival.put(mention, mention.created().plusSeconds(random.nextInt(300)));
        }
        List<Observation> arriving = new ArrayList<>(traffic.mentions());
        arriving.sort(Comparator.comparing(arrival::get));
        RhythmDetector detector = new RhythmDetector(DetectorSettings.DEFAULTS);
        List<Signal> signals = new ArrayList<>();
        for (Observation mention : arriving) {
            signals.addAll(detector.advanceTo(arrival.get(mention)));
            detector.accept(mention);
        }
        signals.addAll(detector.advanceTo(traffic.end()));

        DetectorStatus status = detector.status();
        assertThat(status.reordered()).isGreaterThan(arriving.size() / 2);
        assertThat(status.late()).isZero();
        assertThat(status.accepted()).isEqualTo(arriving.size());
        // a bucket is measured as it closes, without what is still on its way: at most a bucket later
        List<Signal> inOrder = RhythmDetectorTest.replay(traffic);
        Signal first = signals.stream().filter(signal -> signal.detected().isAfter(ONSET)).findFirst().orElseThrow();
        Signal firstInOrder = inOrder.stream().filter(signal -> signal.detected().isAfter(ONSET)).findFirst()
                .orElseThrow();
        assertThat(first.detected()).isBefore(ONSET.plus(Duration.ofMinutes(20)))
                .isBeforeOrEqualTo(firstInOrder.detected().plus(Duration.ofMinutes(5)));
        assertThat(first.onset()).isBetween(ONSET.minus(Duration.ofMinutes(15)), ONSET.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aMentionTwiceCountsOnce() {
        Traffic traffic = crisis();
        List<Observation> twice = new ArrayList<>();
        for (Observation mention : traffic.mentions()) {
            twice.add(mention);
            twice.add(new Observation(mention.created(), mention.source(), mention.id(), mention.negative(),
                    mention.author(), mention.followers(), mention.text()));
        }
        RhythmDetector detector = new RhythmDetector(DetectorSettings.DEFAULTS);

        List<Signal> signals = Replay.play(detector, twice, traffic.end());

        assertThat(raised(signals)).isEqualTo(raised(RhythmDetectorTest.replay(traffic)));
        assertThat(detector.status().duplicates()).isEqualTo(traffic.mentions().size());
    }

    @Test
    void aMentionLaterThanTheLatenessCountsNowAndIsReported() {
        RhythmDetector detector = new RhythmDetector(DetectorSettings.DEFAULTS);
        detector.advanceTo(ONSET);

        detector.accept(mention("old", ONSET.minus(Duration.ofHours(3))));
        detector.accept(mention("recent", ONSET.minus(Duration.ofMinutes(9))));

        DetectorStatus status = detector.status();
        assertThat(status.late()).isEqualTo(1);
        assertThat(status.reordered()).isEqualTo(1);
        assertThat(status.accepted()).isEqualTo(2);
    }

    @Test
    void aMentionFromTheFutureCountsNowAndDoesNotMoveTheClock() {
        Traffic traffic = crisis();
        RhythmDetector detector = new RhythmDetector(DetectorSettings.DEFAULTS);
        List<Signal> signals = new ArrayList<>();
        Instant skewed = local("2027-06-01T12:00");
        for (Observation mention : traffic.mentions()) {
            signals.addAll(detector.advanceTo(mention.created()));
            detector.accept(mention);
            if (mention.id().equals("1000")) {
                detector.accept(mention("skewed", skewed)); // a source whose clock is a year ahead
                detector.accept(mention("ahead", mention.created().plus(Duration.ofMinutes(4)))); // within tolerance
            }
        }
        signals.addAll(detector.advanceTo(traffic.end()));

        assertThat(detector.status().future()).isEqualTo(1);
        assertThat(detector.status().clock()).isEqualTo(traffic.end());
        assertThat(raised(signals)).isEqualTo(raised(RhythmDetectorTest.replay(crisis())));
    }

    @Test
    void anOutageOfTwoDaysIsNotLearntAsQuietAndRaisesNothingWhenTrafficReturns() {
        Traffic traffic = Traffic.ordinary(42, MONDAY, Duration.ofDays(21), 500).withoutConversations().generate();
        Instant down = local("2026-01-14T09:00");
        Instant up = local("2026-01-16T09:00");
        List<Observation> withHole = traffic.mentions().stream()
                .filter(mention -> mention.created().isBefore(down) || !mention.created().isBefore(up)).toList();

        List<Signal> signals = Replay.play(new RhythmDetector(DetectorSettings.DEFAULTS), withHole, traffic.end());

        assertThat(signals).isEmpty();
    }

    @Test
    void aJumpOfMonthsIsSkippedOverAndWatchingGoesOn() {
        Traffic before = Traffic.ordinary(43, MONDAY, Duration.ofDays(10), 500).withoutConversations().generate();
        Instant later = local("2026-05-04T00:00");
        Traffic after = Traffic.ordinary(44, later, Duration.ofDays(14), 500).withoutConversations().generate()
                .crisis(local("2026-05-13T11:02"), Duration.ofHours(2), 8, 0.7, null);
        List<Observation> both = new ArrayList<>(before.mentions());
        both.addAll(after.mentions());

        List<Signal> signals = Replay.play(new RhythmDetector(DetectorSettings.DEFAULTS), both, after.end());

        Instant onset = local("2026-05-13T11:02");
        assertThat(signals).isNotEmpty().allSatisfy(signal -> assertThat(signal.onset())
                .isBetween(onset.minus(Duration.ofMinutes(15)), onset.plus(Duration.ofHours(2))));
        assertThat(signals.get(0).detected()).isBefore(onset.plus(Duration.ofMinutes(15)));
    }

    static Observation mention(String id, Instant created) {
        return new Observation(created, "twitter", id, true, "someone", 10, "hallo");
    }
}
