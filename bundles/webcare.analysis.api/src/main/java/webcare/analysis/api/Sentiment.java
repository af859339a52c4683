package webcare.analysis.api;

import java.util.List;

/**
 * How positive or negative a text is.
 *
 * @param score    −1 (very negative) to 1 (very positive)
 * @param polarity the class the score falls in
 * @param cues     the words, emoticons, emoji and rating that moved the score, strongest first
 * @param method   what produced it, e.g. {@code "lexicon+model nl 2026-12"}: shown with reasons
 */
public record Sentiment(double score, Polarity polarity, List<Cue> cues, String method) {

    public Sentiment {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("score must be between -1 and 1, not " + score);
        }
        if (polarity == null) {
            throw new IllegalArgumentException("polarity is required");
        }
        cues = List.copyOf(cues);
        method = method == null ? "" : method;
    }
}
