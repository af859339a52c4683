package webcare.incident.detect;

/**
 * How strongly a count says its rate is above a given one: the log-likelihood ratio of the
 * count's own rate against that rate, in decades (Kulldorff's scan statistic for a Poisson count;
 * the same for a Bernoulli share). By the Chernoff bound, the chance of a count at least this high
 * is at most {@code 10^-score}: a score of 4 is rarer than 1 in 10,000. Zero when the count is at
 * or below the rate.
 */
final class Surprise {

    private static final double LN10 = Math.log(10);

    private Surprise() {}

    /** {@code observed} against a Poisson rate {@code expected} (greater than 0); both may be fractional. */
    static double poisson(double observed, double expected) {
        if (observed <= expected) {
            return 0;
        }
        return (observed * Math.log(observed / expected) - (observed - expected)) / LN10;
    }

    /** {@code hits} of {@code trials} against a share {@code share} (between 0 and 1, exclusive). */
    static double bernoulli(double hits, double trials, double share) {
        if (trials <= 0 || hits <= share * trials) {
            return 0;
        }
        double observed = hits / trials;
        double rest = observed >= 1 ? 0 : (1 - observed) * Math.log((1 - observed) / (1 - share));
        return trials * (observed * Math.log(observed / share) + rest) / LN10;
    }
}
