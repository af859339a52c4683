package webcare.incident.command;

import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.SentimentAnalyser;
import webcare.model.Mention;

/**
 * Whether a mention is negative: by the sentiment analyser where one runs, else by its rating
 * alone (1 or 2 stars), so the detector still works without the analysis bundles.
 */
final class Polarity {

    private final SentimentAnalyser sentiment;
    private final LanguageDetector language;

    /** @param sentiment null when none runs; @param language null when none runs (the platform's language is taken) */
    Polarity(SentimentAnalyser sentiment, LanguageDetector language) {
        this.sentiment = sentiment;
        this.language = language;
    }

    boolean analysed() {
        return sentiment != null;
    }

    boolean negative(Mention mention) {
        if (sentiment == null) {
            return mention.rating() != null && mention.rating() <= 2;
        }
        String lang = language != null ? language.detect(mention.text(), mention.lang())
                : mention.lang() != null ? mention.lang() : LanguageDetector.UNKNOWN;
        return sentiment.analyse(mention.text(), lang, mention.rating()).polarity()
                == webcare.analysis.api.Polarity.NEGATIVE;
    }
}
