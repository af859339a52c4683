package webcare.themes.api;

import java.util.List;
import java.util.Objects;

/**
 * A term or phrase that grew.
 *
 * @param term     the word, or two words with one space between them, in lower case
 * @param words    1 for a word, 2 for a phrase
 * @param now      in how many items of the period it occurs
 * @param before   in how many items of the period before it occurs
 * @param growth   the natural log of now over before, before scaled to the period's number of
 *                 items and both smoothed (see {@link ThemeFinder}); 0 is steady, ln 2 ≈ 0.69 a doubled share
 * @param examples items of the period that contain it, newest first
 */
public record Theme(String term, int words, int now, int before, double growth, List<ThemeItem> examples) {

    public Theme {
        Objects.requireNonNull(term, "term");
        examples = List.copyOf(examples);
    }

    /** Whether this is a phrase of two words rather than one word. */
    public boolean phrase() {
        return words > 1;
    }
}
