package webcare.incident.detect;

/**
 * How strongly a count says its rate is above a given one: the log-likelihood ratio of the
 * count's own rate against that rate, in decades (Kulldorff's scan statistic for a Poisson count;
 * the same for a Bernoulli share). By the Chernoff bound, the chance of a count at least this high
 * is at most {@code 10^-score}: a score of 4 is rarer than 1 in 10,000. Zero when the count is on
 * the other side of the rate. The same ratio below the rate says how sure it is that a count is
 * under it: that a rise has calmed down.
 */
final class Surprise {

    private static final double LN10 = Math.log(10);

    private Surprise() {}

    /** {@code observed} above a Poisson rate {@code expected} (greater than 0); both may be fractional. */
    static double poisson(double observed, double expected) {
        return observed <= expected ? 0 : poissonRatio(observed, expected);
    }

    /** {@code observed} below a Poisson rate {@code expected} (greater than 0). */
    static double poissonBelow(double observed, double expected) {
        return observed >= expected ? 0 : poissonRatio(observed, expected);
    }

    private static double poissonRatio(double observed, double expected) {
        double own = observed > 0 ? observed * Math.log(observed / expected) : 0;
        return (own - (observed - expected)) / LN10;
    }

    /** {@code hits} of {@code trials} above a share {@code share} (between 0 and 1, exclusive). */
    static double bernoulli(double hits, double trials, double share) {
        return trials <= 0 || hits <= share * trials ? 0 : bernoulliRatio(hits, trials, share);
    }

    /** {@code hits} of {@code trials} below a share {@code share}. */
    static double bernoulliBelow(double hits, double trials, double share) {
        return trials <= 0 || hits >= share * trials ? 0 : bernoulliRatio(hits, trials, share);
    }

    private static double bernoulliRatio(double hits, double trials, double share) {
        double observed = hits / trials;
        double own = observed > 0 ? observed * Math.log(observed / share) : 0;
        double rest = observed < 1 ? (1 - observed) * Math.log((1 - observed) / (1 - share)) : 0;
        return trials * (own + rest) / LN10;
    }
}
