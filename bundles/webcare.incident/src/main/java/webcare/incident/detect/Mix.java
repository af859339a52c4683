package webcare.incident.detect;

/**
 * What a stream's mentions are normally like: the negative share and the reach per mention,
 * exponentially weighted over about {@value #HALF_LIFE_DAYS} days. Negative volume and
 * amplification are expected as the rhythm's volume times these; a share that only changes over
 * days needs no rhythm of its own, and a per-hour share would be noise at night.
 */
final class Mix {

    static final double HALF_LIFE_DAYS = 3;
    /** The share a stream starts from, worth {@value #PRIOR_MENTIONS} mentions. */
    private static final double PRIOR_SHARE = 0.2;
    private static final double PRIOR_MENTIONS = 10;

    private final double decay;
    private double mentions;
    private double negatives;
    private double reach;
    private double reachSquares;

    Mix(int bucketMinutes) {
        this.decay = Math.pow(0.5, bucketMinutes / (HALF_LIFE_DAYS * 24 * 60));
    }

    /** Learns from a bucket no more mentions will be added to, each weighing {@code weight} (at most 1). */
    void learn(double weight, double count, double negative, double bucketReach, double bucketReachSquares) {
        mentions = decay * mentions + weight * count;
        negatives = decay * negatives + weight * negative;
        reach = decay * reach + weight * bucketReach;
        reachSquares = decay * reachSquares + weight * bucketReachSquares;
    }

    /** The usual negative share, never 0 or 1. */
    double negativeShare() {
        return (negatives + PRIOR_SHARE * PRIOR_MENTIONS) / (mentions + PRIOR_MENTIONS);
    }

    /** The usual reach per mention; 0 when no author's reach is known. */
    double reachPerMention() {
        return mentions > 0 ? reach / mentions : 0;
    }

    /**
     * How much more a sum of reach varies than a count of mentions: E[w²]/E[w]. Divided by it, the
     * summed reach varies about like a Poisson count (a compound Poisson sum), so it can be scored
     * like one.
     */
    double reachDispersion() {
        return reach > 0 ? Math.max(reachSquares / reach, 1e-9) : 1;
    }
}
