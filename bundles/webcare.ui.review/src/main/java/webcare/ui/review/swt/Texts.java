package webcare.ui.review.swt;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.ui.api.DisplayFormats;
import webcare.ui.api.WorkbenchView;

/** The view's texts in the user's language, with dates and numbers written the local way. */
final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DisplayFormats formats;

    Texts(Locale locale) {
        this.locale = locale;
        this.bundle = WorkbenchView.texts(Texts.class, locale);
        this.formats = new DisplayFormats(locale, ReviewView.ZONE);
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** "24 november 2026" / "24 November 2026". */
    String date(LocalDate date) {
        return formats.longDate(date);
    }

    /** "dinsdag 24 november 2026" / "Tuesday 24 November 2026". */
    String weekday(LocalDate date) {
        return formats.weekday(date);
    }

    /** The heading of an agenda section ("person" → "People"); the word itself for a section not known here. */
    String section(String section) {
        try {
            return get("section." + section);
        } catch (MissingResourceException unknown) {
            return section.isEmpty() ? section : Character.toUpperCase(section.charAt(0)) + section.substring(1);
        }
    }

    /** The word for a decision, as shown on its badge and counted on the summary. */
    String outcome(Outcome outcome) {
        return get("outcome." + outcome.name().toLowerCase(Locale.ROOT));
    }
}
