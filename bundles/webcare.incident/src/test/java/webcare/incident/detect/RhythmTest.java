package webcare.incident.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.incident.detect.RhythmDetectorTest.local;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import webcare.incident.api.DetectorSettings;
import webcare.incident.streams.Traffic;

/**
 * What the rhythm expects, fed the exact rate of a large stream (no noise), around the clock
 * changes of Europe/Amsterdam: it follows the local hour, where a rhythm in UTC is an hour off.
 */
class RhythmTest {

    static final double PER_DAY = 100_000;

    /** A rhythm and the clock it counts buckets by. */
    record Fed(Rhythm rhythm, BucketClock clock) {}

    /** The rhythm in time zone {@code rhythm}, fed the exact rate of {@code traffic} from {@code start} to {@code until}. */
    static Fed fedUntil(Traffic traffic, Instant start, Instant until, ZoneId rhythm) {
        BucketClock clock = new BucketClock(5, rhythm);
        long first = clock.bucketOf(start);
        Rhythm learnt = new Rhythm(clock, first, 24, 3, 5);
        for (long bucket = first; bucket < clock.bucketOf(until); bucket++) {
            learnt.learn(bucket, (int) Math.round(expectedInBucket(traffic, clock, bucket)));
        }
        return new Fed(learnt, clock);
    }

    static double expectedInBucket(Traffic traffic, BucketClock clock, long bucket) {
        double sum = 0;
        for (int minute = 0; minute < 5; minute++) {
            sum += traffic.rate(clock.start(bucket).plusSeconds(60L * minute + 30));
        }
        return sum;
    }

    /** The largest relative error of the expectation over {@code hours} from {@code from} on. */
    static double worstError(Traffic traffic, Fed fed, Instant from, int hours) {
        double worst = 0;
        BucketClock clock = fed.clock();
        long end = clock.bucketOf(from.plus(Duration.ofHours(hours)));
        for (long bucket = clock.bucketOf(from); bucket < end; bucket++) {
            double truth = expectedInBucket(traffic, clock, bucket);
            worst = Math.max(worst, Math.abs(fed.rhythm().expected(bucket) - truth) / truth);
        }
        return worst;
    }

    /** Five weeks of a large stream from {@code monday}, four of them learnt before the week looked at. */
    static Traffic fiveWeeksFrom(Instant monday) {
        return Traffic.ordinary(1, monday, Duration.ofDays(35), PER_DAY);
    }

    @Test
    void afterSpringForwardTheMorningIsExpectedAtItsLocalHour() {
        Instant start = local("2026-03-02T00:00");
        Instant monday = local("2026-03-30T06:00");
        Traffic traffic = fiveWeeksFrom(start);

        double local = worstError(traffic, fedUntil(traffic, start, monday, DetectorSettings.AMSTERDAM), monday, 4);
        double shifted = worstError(traffic, fedUntil(traffic, start, monday, ZoneId.of("UTC")), monday, 4);

        assertThat(local).as("worst error of the local rhythm, 6:00 to 10:00").isLessThan(0.1);
        assertThat(shifted).as("worst error of a rhythm in UTC").isGreaterThan(0.25);
    }

    @Test
    void theDayOfTwentyFiveHoursIsLearntHourByHourAndTheMondayAfterIsExpectedRightly() {
        Instant start = local("2026-09-28T00:00");
        Instant sunday = local("2026-10-25T00:00");
        Instant monday = local("2026-10-26T06:00");
        Traffic traffic = fiveWeeksFrom(start);

        // both hours 2:00-3:00 of the night the clocks go back are expected as a 2 o'clock
        assertThat(worstError(traffic, fedUntil(traffic, start, sunday, DetectorSettings.AMSTERDAM), sunday, 24))
                .isLessThan(0.1);
        assertThat(worstError(traffic, fedUntil(traffic, start, monday, DetectorSettings.AMSTERDAM), monday, 16))
                .isLessThan(0.1);
    }

    @Test
    void anEmptyStretchLongerThanTenExpectedMentionsIsAnOutageNotQuiet() {
        Instant start = local("2026-01-05T00:00");
        Traffic traffic = Traffic.ordinary(1, start, Duration.ofDays(20), PER_DAY);
        BucketClock clock = new BucketClock(5, DetectorSettings.AMSTERDAM);
        long first = clock.bucketOf(start);
        Rhythm rhythm = new Rhythm(clock, first, 24, 3, 5);
        long down = clock.bucketOf(local("2026-01-14T09:00"));
        long up = clock.bucketOf(local("2026-01-15T09:00"));
        Instant after = local("2026-01-15T09:00");
        for (long bucket = first; bucket < clock.bucketOf(after); bucket++) {
            boolean outage = bucket >= down && bucket < up;
            rhythm.learn(bucket, outage ? 0 : (int) Math.round(expectedInBucket(traffic, clock, bucket)));
        }

        assertThat(worstError(traffic, new Fed(rhythm, clock), after, 8)).isLessThan(0.1);
    }
}
