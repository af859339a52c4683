package webcare.incident.detect;

import java.util.Arrays;

/**
 * What a stream's volume normally is in each bucket: a level times the shape of the local day
 * times the weight of the local weekday (multiplicative Holt-Winters, hour-of-week factored into
 * hour-of-day and day-of-week so that one day of history already gives a usable shape).
 *
 * <ul>
 * <li>Learning: the first {@code learningHours} give the day's shape per local hour, shrunk
 * towards the mean where an hour had few mentions, and the level.</li>
 * <li>Level: an exponentially weighted ratio of mentions to the seasonal factor with a half-life of
 * {@code adaptHours}, so growth that lasts becomes the new normal.</li>
 * <li>Shape: after each local day, each hour's share of the day against the share the shape gave
 * it, a quarter of the way, renormalised to mean 1.</li>
 * <li>Weekday: after each local day, that day's level against the level of the last week or so
 * (taken whole the first time a weekday is seen, then a third of the way).</li>
 * </ul>
 * Shape and weekday are measured within days, not against the level: by noon the level has taken
 * much of the day's own, so an hour or a weekday measured against it would hardly show and take
 * months to learn. The week's level also gives the slow expectation growth over days is measured
 * against ({@link #slowExpected}).
 * <p>
 * Time of day is local (Europe/Amsterdam by default): on the night clocks go forward there is no
 * hour 2 to learn, on the night they go back both hours 2 are learnt as one. A bucket counts for
 * learning with at most three times what was expected (plus 3), so a crisis does not become the
 * norm within the hour; an empty stretch is learnt as quiet only until it held {@value #OUTAGE_ITEMS}
 * expected mentions: beyond that the source was down, not quiet. Expectations between hours are
 * interpolated from the hours' middles.
 */
final class Rhythm {

    /** Expected mentions an empty stretch may hold before it counts as an outage. */
    static final double OUTAGE_ITEMS = 10;
    /** At most this many times expected (plus as many mentions) is learnt from one bucket. */
    private static final double CLIP = 3;
    /** How far the shape of an hour moves towards what it was, per day. */
    private static final double SHAPE_RATE = 0.25;
    /** How far a weekday's weight moves towards what it was, per week. */
    private static final double WEEKDAY_RATE = 0.3;
    /** Half-life of the level weekdays are measured against. */
    private static final double WEEK_LEVEL_DAYS = 7;
    /** Mentions added to both sides of an hour's ratio, so a quiet hour's noise moves little. */
    private static final double HOUR_PRIOR = 2;
    /** Mentions at the day's average rate the learnt shape of an hour starts from, for the same reason. */
    private static final double SHRINK_MENTIONS = 6;

    private final BucketClock clock;
    private final long firstBucket;
    private final long learningBuckets;
    private final double decay;
    private final double[] shape = new double[24];
    private final double[] weekday = new double[7];
    private final boolean[] weekdaySeen = new boolean[7];
    /** The level of recent weeks, per bucket, without the weekday; NaN before the first whole day. */
    private double weekLevel = Double.NaN;
    private final double[] learntSum = new double[24];
    private final double[] learntBuckets = new double[24];
    private boolean ready;
    private double levelSum;
    private double levelWeight;
    private double emptyExpected;
    /** The local day being learnt: its weekday, and per hour its mentions and its shape summed over its buckets. */
    private long day = Long.MIN_VALUE;
    private int dayOfWeek;
    private final double[] dayObserved = new double[24];
    private final double[] dayShape = new double[24];

    Rhythm(BucketClock clock, long firstBucket, int learningHours, double adaptHours, int bucketMinutes) {
        this.clock = clock;
        this.firstBucket = firstBucket;
        this.learningBuckets = clock.buckets(learningHours * 60.0);
        this.decay = Math.pow(0.5, bucketMinutes / (adaptHours * 60));
        Arrays.fill(shape, 1);
        Arrays.fill(weekday, 1);
        ready = learningBuckets == 0;
    }

    /** Whether the learning time is over: only then is anything expected. */
    boolean ready() {
        return ready;
    }

    /** Mentions expected in {@code bucket}; NaN while learning. */
    double expected(long bucket) {
        return ready ? level() * seasonal(clock.local(bucket)) : Double.NaN;
    }

    /**
     * Mentions expected in {@code bucket} at the level of the last week or so rather than of the
     * last hours: what growth over days is measured against. NaN until a whole day has been learnt.
     */
    double slowExpected(long bucket) {
        return ready && weekLevel > 0 ? weekLevel * seasonal(clock.local(bucket)) : Double.NaN;
    }

    private double level() {
        return levelWeight > 0 ? levelSum / levelWeight : 0;
    }

    private double seasonal(BucketClock.LocalSlot slot) {
        // hour h is centred on h:30; between two centres the shape is interpolated
        double position = (slot.minuteOfDay() - 30) / 60.0;
        int below = Math.floorMod((int) Math.floor(position), 24);
        double fraction = position - Math.floor(position);
        double day = (1 - fraction) * shape[below] + fraction * shape[(below + 1) % 24];
        return day * weekday[slot.dayOfWeek()];
    }

    /**
     * Learns from a bucket no more mentions will be added to.
     *
     * @return the part of the bucket's mentions it learnt from: 1, less for a clipped bucket, 0 in an outage
     */
    double learn(long bucket, int count) {
        BucketClock.LocalSlot slot = clock.local(bucket);
        if (!ready) {
            learntSum[slot.hour()] += count;
            learntBuckets[slot.hour()]++;
            if (bucket - firstBucket + 1 >= learningBuckets) {
                startFromLearning();
            }
            return 1;
        }
        double seasonal = seasonal(slot);
        double expected = level() * seasonal;
        if (count == 0) {
            emptyExpected += expected;
            if (emptyExpected > OUTAGE_ITEMS) {
                return 0;
            }
        } else {
            emptyExpected = 0;
        }
        double learnt = Math.min(count, CLIP * expected + CLIP);
        levelSum = decay * levelSum + learnt;
        levelWeight = decay * levelWeight + seasonal;
        if (day != slot.localDay()) {
            finishDay();
            day = slot.localDay();
            dayOfWeek = slot.dayOfWeek();
        }
        dayObserved[slot.hour()] += learnt;
        dayShape[slot.hour()] += seasonal / weekday[slot.dayOfWeek()];
        return count == 0 ? 1 : learnt / count;
    }

    private void startFromLearning() {
        double buckets = sum(learntBuckets);
        double mean = buckets == 0 ? 0 : sum(learntSum) / buckets;
        if (mean > 0) {
            for (int h = 0; h < 24; h++) {
                shape[h] = (learntSum[h] + SHRINK_MENTIONS) / (learntBuckets[h] + SHRINK_MENTIONS / mean) / mean;
            }
        }
        normalise(shape);
        // as if the level had been seen for one half-life's worth of weight
        levelWeight = 1 / (1 - decay);
        levelSum = mean * levelWeight;
        ready = true;
    }

    private void finishDay() {
        double shaped = sum(dayShape);
        if (shaped > 0) {
            double dayLevel = sum(dayObserved) / shaped;
            for (int h = 0; h < 24; h++) {
                if (dayShape[h] > 0) {
                    double expected = dayLevel * dayShape[h];
                    double ratio = (dayObserved[h] + HOUR_PRIOR) / (expected + HOUR_PRIOR);
                    shape[h] *= 1 + SHAPE_RATE * (clip(ratio) - 1);
                }
            }
            double mean = normalise(shape);
            levelSum *= mean;
            weekLevel *= mean; // both are per unit of shape
            if (weekLevel > 0) {
                double measured = clip(dayLevel / weekLevel);
                weekday[dayOfWeek] += weekdaySeen[dayOfWeek] ? WEEKDAY_RATE * (measured - weekday[dayOfWeek])
                        : measured - weekday[dayOfWeek];
                weekdaySeen[dayOfWeek] = true;
                levelSum *= normalise(weekday);
            }
            double decay = Math.pow(0.5, 1 / WEEK_LEVEL_DAYS);
            weekLevel = Double.isNaN(weekLevel) ? dayLevel : decay * weekLevel + (1 - decay) * dayLevel;
        }
        Arrays.fill(dayObserved, 0);
        Arrays.fill(dayShape, 0);
    }

    private static double clip(double ratio) {
        return Math.max(1 / CLIP, Math.min(CLIP, ratio));
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    /** Scales {@code factors} to mean 1; returns the mean it had, for the level to take over. */
    private static double normalise(double[] factors) {
        double mean = sum(factors) / factors.length;
        for (int i = 0; i < factors.length; i++) {
            factors[i] /= mean;
        }
        return mean;
    }
}
