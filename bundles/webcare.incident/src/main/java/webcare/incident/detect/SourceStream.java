package webcare.incident.detect;

import static webcare.incident.detect.Buckets.Field.COUNT;
import static webcare.incident.detect.Buckets.Field.EXPECTED;
import static webcare.incident.detect.Buckets.Field.NEGATIVES;
import static webcare.incident.detect.Buckets.Field.REACH;
import static webcare.incident.detect.Buckets.Field.REACH_DISPERSION;
import static webcare.incident.detect.Buckets.Field.REACH_PER_MENTION;
import static webcare.incident.detect.Buckets.Field.REACH_SQUARES;
import static webcare.incident.detect.Buckets.Field.SHARE;
import static webcare.incident.detect.Buckets.Field.SLOW_EXPECTED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.Metric;

/**
 * One stream the detector watches, all sources together or one source: its buckets, its rhythm,
 * mix and dispersion, and per metric whether it has raised and not calmed down yet.
 */
final class SourceStream {

    /** The least expected mentions a window is measured against: nothing is rarer than this. */
    static final double FLOOR = 1;
    /** How far back an onset is looked for. */
    static final int ONSET_HOURS = 6;
    /**
     * How many windows long the negative share is measured at most: a share needs more mentions
     * than a count to be certain, so it is also measured over 2 and 4 windows (an hour by default).
     */
    static final int SHARE_WINDOWS = 4;
    /**
     * How many times the minimum rise a volume must be over the same long window against the slow
     * level (of the last week or so) to raise: growth over hours becomes normal, growth that keeps
     * going for days to several times the week's volume is still a crisis, raised late.
     */
    static final double SLOW_RISE = 1.5;
    /**
     * How sure, in decades, a window must be that a raised metric is below the minimum rise again
     * to count as calm: a quiet night proves nothing, so a rise that goes on overnight stays raised.
     */
    static final double CALM_DECADES = 1;

    /**
     * A window that rose, found when its last bucket closed.
     *
     * @param first    the window's first bucket
     * @param last     its last bucket, the one that closed
     * @param onset    where the rise began (the first bucket until it is known)
     * @param observed what the window held, in the metric's unit
     * @param expected what was expected of it
     */
    record Rise(Metric metric, long first, long last, long onset, double observed, double expected, double score) {}

    /** Sums over a run of closed buckets; the slow ones NaN where a bucket had no slow expectation yet. */
    private record Window(double count, double negatives, double reach, double volume, double negativeVolume,
            double expectedReach, double perMention, double reachDispersion, double slowVolume,
            double slowNegativeVolume) {

        /** The negative share expected, over the window's expected volume. */
        double share(double fallback) {
            return volume > 0 ? negativeVolume / volume : fallback;
        }
    }

    /** A metric's state: raised and how many buckets in a row it has been calm since. */
    private static final class State {
        boolean raised;
        int calm;
    }

    private final String source;
    private final long firstBucket;
    /** The first bucket learnt from: after a jump in time, none from before it. */
    private long learnFrom;
    private final DetectorSettings settings;
    private final Rhythm rhythm;
    private final Mix mix;
    private final Buckets buckets;
    private final int windowBuckets;
    private final int latenessBuckets;
    private final int calmBuckets;
    private final int onsetBuckets;
    private final Map<Metric, State> states = new EnumMap<>(Metric.class);
    private final Map<Metric, Dispersion> dispersions = new EnumMap<>(Metric.class);

    SourceStream(String source, long firstBucket, DetectorSettings settings, BucketClock clock) {
        this.source = source;
        this.firstBucket = firstBucket;
        this.learnFrom = firstBucket;
        this.settings = settings;
        this.rhythm = new Rhythm(clock, firstBucket, settings.learningHours(), settings.adaptHours(),
                settings.bucketMinutes());
        this.mix = new Mix(settings.bucketMinutes());
        this.windowBuckets = settings.windowMinutes() / settings.bucketMinutes();
        this.latenessBuckets = clock.buckets(settings.latenessMinutes());
        this.calmBuckets = clock.buckets(settings.calmMinutes());
        this.onsetBuckets = clock.buckets(ONSET_HOURS * 60);
        this.buckets = new Buckets(onsetBuckets + SHARE_WINDOWS * windowBuckets + latenessBuckets
                + clock.buckets(settings.futureMinutes()) + 4);
        for (Metric metric : Metric.values()) {
            states.put(metric, new State());
            dispersions.put(metric, new Dispersion(settings.windowMinutes()));
        }
    }

    String source() {
        return source;
    }

    void add(long bucket, boolean negative, double reach) {
        buckets.add(bucket, negative, reach);
    }

    /** Mentions in buckets {@code first} to {@code last}. */
    int count(long first, long last) {
        double total = 0;
        for (long bucket = first; bucket <= last; bucket++) {
            total += buckets.get(COUNT, bucket);
        }
        return (int) total;
    }

    /**
     * Closes {@code bucket}: records what was expected of it, measures the windows ending in it,
     * and learns from the bucket that has just passed the lateness.
     *
     * @return the metrics that rose and had not been raised
     */
    List<Rise> close(long bucket) {
        if (bucket < firstBucket) {
            return List.of();
        }
        buckets.close(bucket, rhythm.expected(bucket), rhythm.slowExpected(bucket), mix);
        List<Rise> rises = rhythm.ready() ? measure(bucket) : List.of();
        long settled = bucket - latenessBuckets;
        if (settled >= learnFrom) {
            learn(settled);
        }
        return rises;
    }

    /** Forgets the recent buckets and what was raised after a jump in time to {@code bucket}; the rhythm stays. */
    void jumped(long bucket) {
        buckets.clear();
        learnFrom = bucket;
        states.values().forEach(state -> state.raised = false);
    }

    private void learn(long settled) {
        int count = (int) buckets.get(COUNT, settled);
        double weight = rhythm.learn(settled, count);
        mix.learn(weight, count, buckets.get(NEGATIVES, settled), buckets.get(REACH, settled),
                buckets.get(REACH_SQUARES, settled));
        if ((settled - learnFrom + 1) % windowBuckets == 0) {
            Window window = window(settled - windowBuckets + 1, settled);
            if (window != null) {
                learnDispersion(window);
            }
        }
    }

    /** Each metric's count against its model: observed, expected, the model's variance (binomial for the share). */
    private void learnDispersion(Window window) {
        double share = window.share(0);
        double reachScale = window.reachDispersion();
        dispersions.get(Metric.VOLUME).learn(window.count(), window.volume(), window.volume());
        dispersions.get(Metric.NEGATIVE_VOLUME).learn(window.negatives(), window.negativeVolume(),
                window.negativeVolume());
        dispersions.get(Metric.NEGATIVE_SHARE).learn(window.negatives(), share * window.count(),
                window.count() * share * (1 - share));
        dispersions.get(Metric.AMPLIFICATION).learn(window.reach() / reachScale, window.expectedReach() / reachScale,
                window.expectedReach() / reachScale);
    }

    /** The window lengths in buckets {@code metric} is measured over: each up to a window; the share: whole ones. */
    private int[] lengths(Metric metric) {
        if (metric == Metric.NEGATIVE_SHARE) {
            return new int[] {windowBuckets, 2 * windowBuckets, SHARE_WINDOWS * windowBuckets};
        }
        int[] lengths = new int[windowBuckets];
        for (int length = 1; length <= windowBuckets; length++) {
            lengths[length - 1] = length;
        }
        return lengths;
    }

    private List<Rise> measure(long last) {
        double threshold = settings.threshold();
        List<Rise> rises = new ArrayList<>(0);
        for (Metric metric : Metric.values()) {
            int[] lengths = lengths(metric);
            Rise best = null;
            for (int length : lengths) {
                Window window = window(last - length + 1, last);
                if (window == null) {
                    break;
                }
                Rise rise = rise(metric, window, last - length + 1, last);
                if (best == null || rise.score() > best.score()) {
                    best = rise;
                }
            }
            Rise slow = slowRise(metric, last);
            if (best == null) {
                continue;
            }
            if (slow != null && slow.score() > best.score()) {
                best = slow;
            }
            State state = states.get(metric);
            if (state.raised) {
                long longest = lengths[lengths.length - 1];
                Window whole = window(last - longest + 1, last);
                boolean calm = whole != null && calm(metric, whole, false)
                        && (slow == null || calm(metric, window(slow.first(), last), true));
                state.calm = calm ? state.calm + 1 : 0;
                state.raised = state.calm < calmBuckets;
            } else if (best.score() >= threshold) {
                state.raised = true;
                state.calm = 0;
                rises.add(new Rise(metric, best.first(), last, onset(metric, last, best == slow), best.observed(),
                        best.expected(), best.score()));
            }
        }
        return rises;
    }

    /** Buckets {@code first} to {@code last} summed; null when not all of them are closed and known. */
    private Window window(long first, long last) {
        double count = 0;
        double negatives = 0;
        double reach = 0;
        double volume = 0;
        double negativeVolume = 0;
        double expectedReach = 0;
        double slowVolume = 0;
        double slowNegativeVolume = 0;
        for (long bucket = first; bucket <= last; bucket++) {
            if (!buckets.known(bucket)) {
                return null;
            }
            double expected = buckets.get(EXPECTED, bucket);
            slowVolume += buckets.get(SLOW_EXPECTED, bucket);
            slowNegativeVolume += buckets.get(SLOW_EXPECTED, bucket) * buckets.get(SHARE, bucket);
            count += buckets.get(COUNT, bucket);
            negatives += buckets.get(NEGATIVES, bucket);
            reach += buckets.get(REACH, bucket);
            volume += expected;
            negativeVolume += expected * buckets.get(SHARE, bucket);
            expectedReach += expected * buckets.get(REACH_PER_MENTION, bucket);
        }
        return new Window(count, negatives, reach, volume, negativeVolume, expectedReach,
                buckets.get(REACH_PER_MENTION, last), buckets.get(REACH_DISPERSION, last), slowVolume,
                slowNegativeVolume);
    }

    /**
     * Whether {@code window} is surely below the minimum rise above what was expected again (a
     * share: below the raised share); with {@code slow}, against the slow level, though it took
     * {@value #SLOW_RISE} times that to raise there, so growth that goes on stays one signal.
     */
    private boolean calm(Metric metric, Window window, boolean slow) {
        double times = settings.minimumRise();
        double below = switch (metric) {
            case VOLUME -> Surprise.poissonBelow(window.count(),
                    times * Math.max(slow ? window.slowVolume() : window.volume(), FLOOR));
            case NEGATIVE_VOLUME -> Surprise.poissonBelow(window.negatives(),
                    times * Math.max(slow ? window.slowNegativeVolume() : window.negativeVolume(), FLOOR));
            case NEGATIVE_SHARE -> {
                double share = window.share(0.5);
                yield Surprise.bernoulliBelow(window.negatives(), window.count(),
                        Math.min(share * times, (1 + share) / 2));
            }
            case AMPLIFICATION -> {
                double scale = window.reachDispersion();
                yield Surprise.poissonBelow(window.reach() / scale,
                        times * Math.max(window.expectedReach(), FLOOR * window.perMention()) / scale);
            }
        };
        return below / dispersions.get(metric).factor() >= CALM_DECADES;
    }

    /**
     * Volume and negative volume over the last {@value #SHARE_WINDOWS} windows against the slow
     * level; null for the other metrics and while there is no slow level yet.
     */
    private Rise slowRise(Metric metric, long last) {
        if (metric != Metric.VOLUME && metric != Metric.NEGATIVE_VOLUME) {
            return null;
        }
        long first = last - SHARE_WINDOWS * windowBuckets + 1;
        Window window = window(first, last);
        if (window == null || Double.isNaN(window.slowVolume())) {
            return null;
        }
        double rise = settings.minimumRise() * SLOW_RISE;
        double observed = metric == Metric.VOLUME ? window.count() : window.negatives();
        double expected = metric == Metric.VOLUME ? window.slowVolume() : window.slowNegativeVolume();
        double score = observed < settings.minimumCount() ? 0
                : Surprise.poisson(observed, Math.max(expected, FLOOR) * rise) / dispersions.get(metric).factor();
        return new Rise(metric, first, last, first, observed, expected, score);
    }

    /** The window measured for {@code metric}: its score is divided by the metric's dispersion. */
    private Rise rise(Metric metric, Window window, long first, long last) {
        double rise = settings.minimumRise();
        int minimum = settings.minimumCount();
        double dispersion = dispersions.get(metric).factor();
        return switch (metric) {
            case VOLUME -> new Rise(metric, first, last, first, window.count(), window.volume(),
                    window.count() < minimum ? 0
                            : Surprise.poisson(window.count(), Math.max(window.volume(), FLOOR) * rise) / dispersion);
            case NEGATIVE_VOLUME -> new Rise(metric, first, last, first, window.negatives(), window.negativeVolume(),
                    window.negatives() < minimum ? 0
                            : Surprise.poisson(window.negatives(), Math.max(window.negativeVolume(), FLOOR) * rise)
                                    / dispersion);
            case NEGATIVE_SHARE -> {
                double share = window.share(buckets.get(SHARE, last));
                double raised = Math.min(share * rise, (1 + share) / 2);
                yield new Rise(metric, first, last, first, window.count() > 0 ? window.negatives() / window.count() : 0,
                        share, window.count() < minimum ? 0
                                : Surprise.bernoulli(window.negatives(), window.count(), raised) / dispersion);
            }
            case AMPLIFICATION -> {
                double scale = window.reachDispersion();
                double expected = Math.max(window.expectedReach(), FLOOR * window.perMention()) * rise;
                yield new Rise(metric, first, last, first, window.reach(), window.expectedReach(),
                        window.count() < minimum || window.perMention() <= 0 ? 0
                                : Surprise.poisson(window.reach() / scale, expected / scale) / dispersion);
            }
        };
    }

    /**
     * Where the rise ending in {@code last} began: the start of the run of buckets up to
     * {@code last} that is most surely above expectation (the scan statistic of the score, with its
     * end fixed). Normal buckets before the rise dilute it, so the run stops where the rise
     * started. Looked for up to {@value #ONSET_HOURS} hours back; against the slow expectation for
     * a rise over days.
     */
    private long onset(Metric metric, long last, boolean slow) {
        double observed = 0;
        double expected = 0;
        double trials = 0;
        double most = Double.NEGATIVE_INFINITY;
        long onset = last;
        for (long bucket = last; bucket > last - onsetBuckets && buckets.known(bucket); bucket--) {
            double volume = slow ? buckets.get(SLOW_EXPECTED, bucket) : buckets.get(EXPECTED, bucket);
            if (Double.isNaN(volume)) {
                break; // before the slow level was known
            }
            double share = buckets.get(SHARE, bucket);
            switch (metric) {
                case VOLUME -> {
                    observed += buckets.get(COUNT, bucket);
                    expected += volume;
                }
                case NEGATIVE_VOLUME -> {
                    observed += buckets.get(NEGATIVES, bucket);
                    expected += volume * share;
                }
                case NEGATIVE_SHARE -> {
                    observed += buckets.get(NEGATIVES, bucket);
                    expected += buckets.get(COUNT, bucket) * share;
                    trials += buckets.get(COUNT, bucket);
                }
                case AMPLIFICATION -> {
                    observed += buckets.get(REACH, bucket) / buckets.get(REACH_DISPERSION, bucket);
                    expected += volume * buckets.get(REACH_PER_MENTION, bucket)
                            / buckets.get(REACH_DISPERSION, bucket);
                }
            }
            double score = metric == Metric.NEGATIVE_SHARE
                    ? Surprise.bernoulli(observed, trials, trials > 0 ? Math.min(expected / trials, 0.999) : 0.5)
                    : Surprise.poisson(observed, Math.max(expected, 1e-9));
            if (score > most) {
                most = score;
                onset = bucket;
            }
        }
        return onset;
    }

}
