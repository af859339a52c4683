package webcare.triage.text;

/**
 * A keyword of a {@link Lexicon} found at words {@code from} (inclusive) to {@code to} (exclusive).
 *
 * @param negated true when a negation word stands shortly before it in the same sentence
 */
public record Hit(Lexicon lexicon, int from, int to, boolean negated) {}
