package webcare.themes.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One negative item to look for themes in.
 *
 * @param id      the store's id of the mention, to find it again
 * @param created when it was written (UTC)
 * @param source  the platform type it came from ({@code twitter}, {@code google}, …)
 * @param lang    the detected language: {@code nl}, {@code en}, or anything else for unknown
 *                (then the stop words of both languages apply)
 * @param text    what was said, as stored
 */
public record ThemeItem(long id, Instant created, String source, String lang, String text) {

    public ThemeItem {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
    }
}
