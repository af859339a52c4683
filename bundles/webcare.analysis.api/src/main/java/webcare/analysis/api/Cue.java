package webcare.analysis.api;

/**
 * One piece of evidence inside a text: the characters {@code start} (inclusive) to {@code end}
 * (exclusive) of the analysed text, what they are, and how much they weighed.
 *
 * @param start  first character (UTF-16 index into the analysed text)
 * @param end    one past the last character
 * @param text   the characters themselves, for people to read
 * @param weight the contribution to the score: negative pulls towards negative; 0 when the cue
 *               changes other cues (a negation, an intensifier) rather than scoring itself
 * @param note   why it counts, e.g. {@code "negated by 'niet'"}; empty when nothing to add
 */
public record Cue(int start, int end, String text, double weight, String note) {

    public Cue {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        text = text == null ? "" : text;
        note = note == null ? "" : note;
    }
}
