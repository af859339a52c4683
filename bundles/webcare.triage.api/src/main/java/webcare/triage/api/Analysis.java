package webcare.triage.api;

import java.util.List;
import java.util.Objects;
import webcare.analysis.api.Flag;
import webcare.analysis.api.ReachTier;
import webcare.analysis.api.Sentiment;

/**
 * What the analysis services read out of one mention's text, as triage takes it.
 *
 * @param language {@code nl}, {@code en} or {@code unknown} (the {@code LanguageDetector} constants)
 * @param sentiment the sentiment with its cues (required)
 * @param flags    abuse, threat and private-data spans, in text order; never null
 * @param reach    the author's reach tier (required; {@link ReachTier#UNKNOWN} when unknown)
 */
public record Analysis(String language, Sentiment sentiment, List<Flag> flags, ReachTier reach) {

    public Analysis {
        language = language == null ? "unknown" : language;
        Objects.requireNonNull(sentiment, "sentiment");
        flags = List.copyOf(flags);
        Objects.requireNonNull(reach, "reach");
    }
}
