package webcare.analysis.api;

/**
 * Scores the sentiment of a text. The service with the highest ranking is used.
 */
public interface SentimentAnalyser {

    /**
     * @param text   the mention's text (may be empty)
     * @param lang   what the {@link LanguageDetector} said
     * @param rating the star rating 1–5 of a review, or null when there is none
     */
    Sentiment analyse(String text, String lang, Integer rating);
}
