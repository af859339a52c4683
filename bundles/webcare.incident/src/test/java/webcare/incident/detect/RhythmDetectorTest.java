package webcare.incident.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.Metric;
import webcare.incident.api.Signal;
import webcare.incident.streams.Replay;
import webcare.incident.streams.Traffic;

/** The detector on generated streams whose truth is known: where a crisis starts, and where nothing happens. */
class RhythmDetectorTest {

    /** A Monday; the streams start at local midnight. */
    static final Instant MONDAY = local("2026-01-05T00:00");

    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(DetectorSettings.AMSTERDAM).toInstant();
    }

    static List<Signal> replay(Traffic traffic) {
        return replay(traffic, DetectorSettings.DEFAULTS);
    }

    static List<Signal> replay(Traffic traffic, DetectorSettings settings) {
        return Replay.play(new RhythmDetector(settings), traffic.mentions(), traffic.end());
    }

    @Nested
    class WhenACrisisStarts {

        // a Wednesday morning in the third week, off the bucket grid
        final Instant onset = local("2026-01-21T10:17:40");

        @Test
        void itIsRaisedWithinFifteenMinutesWithTheOnsetAndWhatDrivesIt() {
            Traffic traffic = Traffic.ordinary(11, MONDAY, Duration.ofDays(17), 500).generate()
                    .crisis(onset, Duration.ofHours(2), 6, 0.7, null);

            List<Signal> signals = replay(traffic);

            assertThat(signals).as("nothing before the onset").allSatisfy(signal ->
                    assertThat(signal.detected()).isAfter(onset));
            Signal first = signals.get(0);
            assertThat(first.detected()).isBetween(onset, onset.plus(Duration.ofMinutes(15)));
            assertThat(Duration.between(onset, first.onset()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(15));
            assertThat(first.observed()).isGreaterThan(2 * first.expected());
            assertThat(first.score()).isGreaterThanOrEqualTo(first.threshold());
            assertThat(first.terms()).containsAnyOf("storing", "app", "datalek", "inloggen");
            assertThat(first.authors()).isNotEmpty().allSatisfy(author -> assertThat(author).startsWith("boos"));
            assertThat(first.examples()).hasSizeBetween(1, 5);
            assertThat(signals).extracting(Signal::metric).contains(Metric.VOLUME, Metric.NEGATIVE_VOLUME);
        }

        @Test
        void itIsRaisedOncePerStreamAndMetricUntilItCalms() {
            Traffic traffic = Traffic.ordinary(12, MONDAY, Duration.ofDays(17), 500).generate()
                    .crisis(onset, Duration.ofHours(3), 6, 0.7, null);

            List<Signal> signals = replay(traffic);

            assertThat(signals).extracting(signal -> signal.source() + " " + signal.metric()).doesNotHaveDuplicates();
        }

        @Test
        void onOneSourceItIsNamedForThatSourceAndNotAgainForAllSources() {
            Traffic traffic = Traffic.ordinary(13, MONDAY, Duration.ofDays(17), 500).generate()
                    .crisis(onset, Duration.ofHours(2), 8, 0.7, "twitter");

            List<Signal> signals = replay(traffic);

            assertThat(signals).filteredOn(signal -> signal.metric() == Metric.VOLUME).extracting(Signal::source)
                    .contains("twitter").doesNotContain("facebook", "google");
        }

        @Test
        void aVolumeSpikeWithoutNegativityRaisesVolumeButNoNegativeMetric() {
            Traffic traffic = Traffic.ordinary(14, MONDAY, Duration.ofDays(17), 500).generate()
                    .crisis(onset, Duration.ofHours(2), 6, 0, null);

            List<Signal> signals = replay(traffic);

            assertThat(signals).extracting(Signal::metric).contains(Metric.VOLUME)
                    .doesNotContain(Metric.NEGATIVE_SHARE, Metric.NEGATIVE_VOLUME);
        }

        @Test
        void anAngrierStreamAtTheSameVolumeRaisesTheNegativeShareButNotVolume() {
            Traffic traffic = Traffic.ordinary(16, MONDAY, Duration.ofDays(17), 5000).generate()
                    .crisis(onset, Duration.ofHours(2), 1.6, 1, null);

            List<Signal> signals = replay(traffic);

            assertThat(signals).extracting(Signal::metric).contains(Metric.NEGATIVE_SHARE, Metric.NEGATIVE_VOLUME)
                    .doesNotContain(Metric.VOLUME);
            assertThat(signals).filteredOn(signal -> signal.metric() == Metric.NEGATIVE_SHARE).first()
                    .satisfies(share -> assertThat(share.observed()).isGreaterThan(0.4))
                    .satisfies(share -> assertThat(share.expected()).isBetween(0.15, 0.25));
        }

        @Test
        void nothingIsRaisedWhileTheRhythmIsStillBeingLearnt() {
            Traffic traffic = Traffic.ordinary(15, MONDAY, Duration.ofDays(2), 500).generate()
                    .crisis(local("2026-01-05T14:00"), Duration.ofHours(2), 8, 0.7, null);

            assertThat(replay(traffic)).isEmpty();
        }
    }

    @Nested
    class WhenNothingHappens {

        @Test
        void thirtyDaysOfPureNoiseOnTheRhythmRaiseNothing() {
            for (double perDay : new double[] {50, 500, 5000}) {
                Traffic traffic = Traffic.ordinary(21, MONDAY, Duration.ofDays(30), perDay).withoutConversations()
                        .generate();

                assertThat(replay(traffic)).as("%s a day", perDay).isEmpty();
            }
        }

        @Test
        void growthThatDoublesEveryWeekBecomesTheNewNormal() {
            Traffic traffic = Traffic.ordinary(22, MONDAY, Duration.ofDays(28), 500)
                    .growing(local("2026-01-12T00:00"), 7).generate();

            assertThat(replay(traffic)).isEmpty();
        }

        @Test
        void aHandfulAtThreeInTheMorningRaisesNothingButThirtyDo() {
            Instant night = local("2026-01-15T03:00");
            Traffic handful = Traffic.ordinary(23, MONDAY, Duration.ofDays(12), 500).generate().handful(night, 5);
            Traffic thirty = Traffic.ordinary(23, MONDAY, Duration.ofDays(12), 500).generate().handful(night, 30);

            assertThat(replay(handful)).isEmpty();
            assertThat(replay(thirty)).extracting(Signal::detected)
                    .allSatisfy(detected -> assertThat(detected).isBetween(night, night.plus(Duration.ofMinutes(20))))
                    .isNotEmpty();
        }
    }

    @Nested
    class WhenGrowthGoesOnForDays {

        @Test
        void doublingEveryTwoDaysIsRaisedLateAndOnce() {
            Instant from = local("2026-01-12T00:00");
            Traffic traffic = Traffic.ordinary(22, MONDAY, Duration.ofDays(17), 500).growing(from, 2).generate();

            List<Signal> signals = replay(traffic);

            assertThat(signals).isNotEmpty().allSatisfy(signal -> assertThat(signal.detected())
                    .isAfter(from.plus(Duration.ofDays(2))));
            assertThat(signals).extracting(signal -> signal.source() + " " + signal.metric()).doesNotHaveDuplicates();
        }
    }

    @Nested
    class WhenTheClocksChange {

        /** Four weeks to learn, then the week of the change. */
        List<Signal> weekOfTheChange(String sunday, ZoneId rhythm) {
            Instant start = local(sunday + "T00:00").minus(Duration.ofDays(27));
            Traffic traffic = Traffic.ordinary(31, start, Duration.ofDays(34), 5000).generate();
            return replay(traffic, DetectorSettings.DEFAULTS.withZone(rhythm));
        }

        @Test
        void springForwardRaisesNothing() {
            assertThat(weekOfTheChange("2026-03-29", DetectorSettings.AMSTERDAM)).isEmpty();
        }

        @Test
        void fallBackRaisesNothingInLocalTime() {
            assertThat(weekOfTheChange("2026-10-25", DetectorSettings.AMSTERDAM)).isEmpty();
        }
    }
}
