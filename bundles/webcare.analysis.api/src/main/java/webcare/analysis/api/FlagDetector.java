package webcare.analysis.api;

import java.util.List;

/**
 * Finds spans to flag in a text. Every registered detector is asked and the flags are merged,
 * so a team can add one (say, for its own customer numbers) without replacing the others.
 */
public interface FlagDetector {

    /**
     * @param text the mention's text (may be empty)
     * @param lang what the {@link LanguageDetector} said
     * @return the flags found, in text order; empty when none
     */
    List<Flag> detect(String text, String lang);
}
