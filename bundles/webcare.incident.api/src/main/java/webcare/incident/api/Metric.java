package webcare.incident.api;

/** What a {@link Signal} says rose, per 5-minute bucket of a stream (docs/DETECTION.md). */
public enum Metric {
    /** How many mentions there are. */
    VOLUME,
    /** How many of them are negative. */
    NEGATIVE_VOLUME,
    /** Which part of them is negative, 0 to 1; watched only from a minimum number of mentions. */
    NEGATIVE_SHARE,
    /** The authors' reach summed: each mention weighs {@code log10(1 + followers)}. */
    AMPLIFICATION
}
