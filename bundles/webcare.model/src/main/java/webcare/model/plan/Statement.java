package webcare.model.plan;

import java.util.Objects;

/**
 * A prepared text for a scenario, in one language.
 *
 * @param kind the first public word ({@link Kind#HOLDING}) or a later update template
 * @param lang ISO 639-1 code, "nl" or "en"
 * @param text the text; placeholders in braces ({time}, {channel}) are filled in during an incident
 */
public record Statement(Kind kind, String lang, String text) {

    /** Which moment the text is for. */
    public enum Kind {
        HOLDING,
        UPDATE
    }

    public Statement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
    }
}
