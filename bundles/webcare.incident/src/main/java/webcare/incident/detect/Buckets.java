package webcare.incident.detect;

import java.util.Arrays;

/**
 * The recent buckets of one stream in a ring: what each holds and, once closed, what was expected
 * of it. A slot is reused when its bucket is older than the ring is long.
 */
final class Buckets {

    private final int mask;
    private final long[] index;
    private final int[] count;
    private final int[] negatives;
    private final double[] reach;
    private final double[] reachSquares;
    private final double[] expected;
    private final double[] slow;
    private final double[] share;
    private final double[] reachPerMention;
    private final double[] dispersion;

    /** @param length the buckets it must hold at least */
    Buckets(int length) {
        int size = Integer.highestOneBit(Math.max(length, 2) - 1) << 1;
        mask = size - 1;
        index = new long[size];
        Arrays.fill(index, Long.MIN_VALUE);
        count = new int[size];
        negatives = new int[size];
        reach = new double[size];
        reachSquares = new double[size];
        expected = new double[size];
        slow = new double[size];
        share = new double[size];
        reachPerMention = new double[size];
        dispersion = new double[size];
    }

    private int slot(long bucket) {
        int slot = (int) (bucket & mask);
        if (index[slot] != bucket) {
            index[slot] = bucket;
            count[slot] = 0;
            negatives[slot] = 0;
            reach[slot] = 0;
            reachSquares[slot] = 0;
            expected[slot] = Double.NaN;
        }
        return slot;
    }

    void add(long bucket, boolean negative, double weight) {
        int slot = slot(bucket);
        count[slot]++;
        if (negative) {
            negatives[slot]++;
        }
        reach[slot] += weight;
        reachSquares[slot] += weight * weight;
    }

    /** Records what was expected of {@code bucket} as it closes: at the recent level and at the slow one. */
    void close(long bucket, double volume, double slowVolume, Mix mix) {
        int slot = slot(bucket);
        expected[slot] = volume;
        slow[slot] = slowVolume;
        share[slot] = mix.negativeShare();
        reachPerMention[slot] = mix.reachPerMention();
        dispersion[slot] = mix.reachDispersion();
    }

    /** Whether {@code bucket} is in the ring and closed with an expectation. */
    boolean known(long bucket) {
        int slot = (int) (bucket & mask);
        return index[slot] == bucket && !Double.isNaN(expected[slot]);
    }

    private int at(long bucket) {
        int slot = (int) (bucket & mask);
        return index[slot] == bucket ? slot : -1;
    }

    int count(long bucket) {
        int slot = at(bucket);
        return slot < 0 ? 0 : count[slot];
    }

    int negatives(long bucket) {
        int slot = at(bucket);
        return slot < 0 ? 0 : negatives[slot];
    }

    double reach(long bucket) {
        int slot = at(bucket);
        return slot < 0 ? 0 : reach[slot];
    }

    double reachSquares(long bucket) {
        int slot = at(bucket);
        return slot < 0 ? 0 : reachSquares[slot];
    }

    /** The volume expected of a {@link #known} bucket. */
    double expected(long bucket) {
        return expected[at(bucket)];
    }

    /** The volume expected of a {@link #known} bucket at the slow level; NaN when none was known yet. */
    double slowExpected(long bucket) {
        return slow[at(bucket)];
    }

    double share(long bucket) {
        return share[at(bucket)];
    }

    double reachPerMention(long bucket) {
        return reachPerMention[at(bucket)];
    }

    double dispersion(long bucket) {
        return dispersion[at(bucket)];
    }

    /** Forgets every bucket, after a jump in time. */
    void clear() {
        Arrays.fill(index, Long.MIN_VALUE);
    }
}
