package webcare.incident.detect;

/**
 * How much more a metric's windows vary than the Poisson (or binomial) model says: the ratio of
 * squared deviations to model variance over the settled windows of the last days (quasi-Poisson
 * dispersion, at least 1). Conversations make mentions come in clusters and the expectation is
 * itself an estimate; dividing a score by this keeps both from passing for a rise. A window counts
 * with at most {@value #CLIP} times its variance, so a crisis does not make the next one look
 * ordinary.
 */
final class Dispersion {

    static final double HALF_LIFE_DAYS = 3;
    private static final double CLIP = 10;
    /** The model variance the starting value of 1 is worth. */
    private static final double PRIOR = 20;

    private final double decay;
    private double squares = PRIOR;
    private double variance = PRIOR;

    Dispersion(int windowMinutes) {
        this.decay = Math.pow(0.5, windowMinutes / (HALF_LIFE_DAYS * 24 * 60));
    }

    /** Learns from one settled window: what it held, what was expected, and the model's variance. */
    void learn(double observed, double expected, double modelVariance) {
        if (!(modelVariance > 0)) {
            return;
        }
        double deviation = observed - expected;
        squares = decay * squares + Math.min(deviation * deviation, CLIP * modelVariance);
        variance = decay * variance + modelVariance;
    }

    double factor() {
        return Math.max(1, squares / variance);
    }
}
