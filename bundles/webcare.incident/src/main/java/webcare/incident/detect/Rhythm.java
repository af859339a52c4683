package webcare.incident.detect;

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
 * <li>Shape and weekday: corrected after each local hour and each local day by how far that hour or
 * day was off (a quarter of the way, a third for the weekday), renormalised to mean 1.</li>
 * </ul>
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
    /** Mentions added to both sides of an hour's ratio, so a quiet hour's noise moves little. */
    private static final double HOUR_PRIOR = 2;
    /** The same for a day's ratio. */
    private static final double DAY_PRIOR = 10;
    /** Buckets of an hour's average the learnt shape of the hour is shrunk towards the day's. */
    private static final double SHRINK_BUCKETS = 6;

    private final BucketClock clock;
    private final long firstBucket;
    private final long learningBuckets;
    private final double decay;
    private final double[] shape = new double[24];
    private final double[] weekday = new double[7];
    private final double[] learntSum = new double[24];
    private final int[] learntBuckets = new int[24];
    private boolean ready;
    private double levelSum;
    private double levelWeight;
    private double emptyExpected;
    private final Run hour = new Run();
    private final Run day = new Run();

    /** Mentions and expectation of the current local hour or day, for correcting its factor. */
    private static final class Run {
        long key = Long.MIN_VALUE;
        int slot;
        double observed;
        double expected;
    }

    Rhythm(BucketClock clock, long firstBucket, int learningHours, double adaptHours, int bucketMinutes) {
        this.clock = clock;
        this.firstBucket = firstBucket;
        this.learningBuckets = clock.buckets(learningHours * 60.0);
        this.decay = Math.pow(0.5, bucketMinutes / (adaptHours * 60));
        java.util.Arrays.fill(shape, 1);
        java.util.Arrays.fill(weekday, 1);
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
        if (hour.key != slot.localDay() * 24 + slot.hour()) {
            finishHour();
            hour.key = slot.localDay() * 24 + slot.hour();
            hour.slot = slot.hour();
        }
        if (day.key != slot.localDay()) {
            finishDay();
            day.key = slot.localDay();
            day.slot = slot.dayOfWeek();
        }
        hour.observed += learnt;
        hour.expected += expected;
        day.observed += learnt;
        day.expected += expected;
        return count == 0 ? 1 : learnt / count;
    }

    private void startFromLearning() {
        double total = 0;
        int buckets = 0;
        for (int h = 0; h < 24; h++) {
            total += learntSum[h];
            buckets += learntBuckets[h];
        }
        double mean = buckets == 0 ? 0 : total / buckets;
        if (mean > 0) {
            for (int h = 0; h < 24; h++) {
                shape[h] = (learntSum[h] + mean * SHRINK_BUCKETS) / (learntBuckets[h] + SHRINK_BUCKETS) / mean;
            }
        }
        normalise(shape);
        // as if the level had been seen for one half-life's worth of weight
        levelWeight = 1 / (1 - decay);
        levelSum = mean * levelWeight;
        ready = true;
    }

    private void finishHour() {
        if (hour.expected > 0) {
            shape[hour.slot] *= 1 + SHAPE_RATE * (ratio(hour, HOUR_PRIOR) - 1);
            levelSum *= normalise(shape);
        }
        hour.observed = 0;
        hour.expected = 0;
    }

    private void finishDay() {
        if (day.expected > 0) {
            weekday[day.slot] *= 1 + WEEKDAY_RATE * (ratio(day, DAY_PRIOR) - 1);
            levelSum *= normalise(weekday);
        }
        day.observed = 0;
        day.expected = 0;
    }

    private static double ratio(Run run, double prior) {
        double ratio = (run.observed + prior) / (run.expected + prior);
        return Math.max(1 / CLIP, Math.min(CLIP, ratio));
    }

    /** Scales {@code factors} to mean 1; returns the mean it had, for the level to take over. */
    private static double normalise(double[] factors) {
        double sum = 0;
        for (double factor : factors) {
            sum += factor;
        }
        double mean = sum / factors.length;
        for (int i = 0; i < factors.length; i++) {
            factors[i] /= mean;
        }
        return mean;
    }
}
