package webcare.incident.detect;

import java.util.Arrays;

/**
 * The recent buckets of one stream in a ring: what each holds and, once closed, what was expected
 * of it. A slot is reused when its bucket is older than the ring is long.
 */
final class Buckets {

    /** What a bucket holds: counted as mentions arrive, or recorded as it closes. */
    enum Field {
        /** Mentions. */
        COUNT,
        /** Negative mentions. */
        NEGATIVES,
        /** The summed reach. */
        REACH,
        /** The summed squares of the reach, for its dispersion. */
        REACH_SQUARES,
        /** Mentions expected at the recent level (recorded at the close). */
        EXPECTED,
        /** Mentions expected at the slow level; NaN while there was none (recorded at the close). */
        SLOW_EXPECTED,
        /** The usual negative share (recorded at the close). */
        SHARE,
        /** The usual reach per mention (recorded at the close). */
        REACH_PER_MENTION,
        /** E[w²]/E[w] of the reach (recorded at the close). */
        REACH_DISPERSION
    }

    private static final Field[] COUNTED = {Field.COUNT, Field.NEGATIVES, Field.REACH, Field.REACH_SQUARES};

    private final int mask;
    private final long[] index;
    private final double[][] values = new double[Field.values().length][];

    /** @param length the buckets it must hold at least */
    Buckets(int length) {
        int size = Integer.highestOneBit(Math.max(length, 2) - 1) << 1;
        mask = size - 1;
        index = new long[size];
        Arrays.fill(index, Long.MIN_VALUE);
        for (Field field : Field.values()) {
            values[field.ordinal()] = new double[size];
        }
    }

    private int slot(long bucket) {
        int slot = (int) (bucket & mask);
        if (index[slot] != bucket) {
            index[slot] = bucket;
            for (Field field : COUNTED) {
                values[field.ordinal()][slot] = 0;
            }
            values[Field.EXPECTED.ordinal()][slot] = Double.NaN;
        }
        return slot;
    }

    void add(long bucket, boolean negative, double reach) {
        int slot = slot(bucket);
        values[Field.COUNT.ordinal()][slot]++;
        values[Field.NEGATIVES.ordinal()][slot] += negative ? 1 : 0;
        values[Field.REACH.ordinal()][slot] += reach;
        values[Field.REACH_SQUARES.ordinal()][slot] += reach * reach;
    }

    /** Records what was expected of {@code bucket} as it closes: at the recent level and at the slow one. */
    void close(long bucket, double volume, double slowVolume, Mix mix) {
        int slot = slot(bucket);
        values[Field.EXPECTED.ordinal()][slot] = volume;
        values[Field.SLOW_EXPECTED.ordinal()][slot] = slowVolume;
        values[Field.SHARE.ordinal()][slot] = mix.negativeShare();
        values[Field.REACH_PER_MENTION.ordinal()][slot] = mix.reachPerMention();
        values[Field.REACH_DISPERSION.ordinal()][slot] = mix.reachDispersion();
    }

    /** Whether {@code bucket} is in the ring and closed with an expectation. */
    boolean known(long bucket) {
        int slot = (int) (bucket & mask);
        return index[slot] == bucket && !Double.isNaN(values[Field.EXPECTED.ordinal()][slot]);
    }

    /** What {@code bucket} holds of {@code field}; 0 for a bucket not in the ring (nothing came). */
    double get(Field field, long bucket) {
        int slot = (int) (bucket & mask);
        return index[slot] == bucket ? values[field.ordinal()][slot] : 0;
    }

    /** Forgets every bucket, after a jump in time. */
    void clear() {
        Arrays.fill(index, Long.MIN_VALUE);
    }
}
