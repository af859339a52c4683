package webcare.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A rise the detector found, with its evidence.
 *
 * @param detected    the stream time at which it was raised: the end of the bucket that made it certain
 * @param onset       the estimated start: the first bucket of the run of raised buckets before it
 * @param windowStart the start of the buckets {@code observed} and {@code expected} cover; they
 *                    end at {@code detected}
 * @param source      the source type whose stream rose, or {@link #ALL} for all sources together
 * @param metric      what rose
 * @param observed    what the window held: mentions, negative mentions, the negative share (0–1) or
 *                    the summed reach, after {@code metric}
 * @param expected    what the stream's rhythm expected for the same window, in the same unit
 * @param score       how certain the rise is: the log-likelihood ratio in decades (about
 *                    {@code -log10} of the chance that the window is no more than the settings'
 *                    minimum rise above normal)
 * @param threshold   the score it had to reach
 * @param terms       the words that grew most in the window against the day before, most first (at most 5)
 * @param authors     the authors with the most mentions (for amplification: the most reach) in the
 *                    window, most first (at most 5)
 * @param examples    ids of mentions that show it, as {@code source:id} (at most 5)
 */
public record Signal(Instant detected, Instant onset, Instant windowStart, String source, Metric metric,
        double observed, double expected, double score, double threshold, List<String> terms, List<String> authors,
        List<String> examples) {

    /** The {@link #source} of a signal over all sources together. */
    public static final String ALL = "all";

    public Signal {
        Objects.requireNonNull(detected, "detected");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metric, "metric");
        terms = List.copyOf(terms);
        authors = List.copyOf(authors);
        examples = List.copyOf(examples);
    }
}
