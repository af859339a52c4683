package webcare.ui.themes.swt;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import webcare.ui.api.DisplayFormats;
import webcare.ui.api.WorkbenchView;
import webcare.ui.themes.model.Growth;
import webcare.ui.themes.model.Period;

/** The view's texts in the window's language, and its numbers, times and source names. */
final class Words {

    /** Product names as people know them; other sources show as stored. */
    private static final Map<String, String> SOURCES = Map.of("twitter", "X/Twitter", "facebook", "Facebook",
            "google", "Google", "trustpilot", "Trustpilot");

    private final ResourceBundle texts;
    private final Locale locale;
    private final DisplayFormats formats;
    private final NumberFormat factor;

    Words(Locale locale) {
        this.texts = WorkbenchView.texts(ThemesView.class, locale);
        this.locale = locale;
        this.formats = DisplayFormats.of(locale);
        this.factor = NumberFormat.getNumberInstance(locale);
        factor.setMinimumFractionDigits(1);
        factor.setMaximumFractionDigits(1);
    }

    DisplayFormats formats() {
        return formats;
    }

    String get(String key) {
        return texts.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    String period(Period period) {
        return get("period." + period.name());
    }

    String source(String source) {
        return SOURCES.getOrDefault(source, source);
    }

    String count(long count) {
        return formats.number(count);
    }

    /** "× 3,5" in Dutch, "× 3.5" in English, for a growth (natural log) of ln 3.5. */
    String growth(double growth) {
        return format("growth", factor.format(Growth.factor(growth)));
    }
}
