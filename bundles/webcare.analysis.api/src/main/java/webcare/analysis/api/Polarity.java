package webcare.analysis.api;

/** The direction of a sentiment score. */
public enum Polarity {
    NEGATIVE, NEUTRAL, POSITIVE
}
