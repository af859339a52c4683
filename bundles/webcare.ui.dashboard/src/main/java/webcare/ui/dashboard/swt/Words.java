package webcare.ui.dashboard.swt;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import webcare.ui.api.DisplayFormats;
import webcare.ui.api.WorkbenchView;

/** The view's texts in the window's language, and its numbers, times and source names. */
final class Words {

    /** Product names as people know them; other sources show as stored. */
    private static final Map<String, String> SOURCES = Map.of("twitter", "X/Twitter", "facebook", "Facebook",
            "google", "Google", "trustpilot", "Trustpilot", "feed", "RSS/Atom", "all", "");

    private final ResourceBundle texts;
    private final Locale locale;
    private final DisplayFormats formats;

    Words(Locale locale) {
        this.texts = WorkbenchView.texts(DashboardView.class, locale);
        this.locale = locale;
        this.formats = DisplayFormats.of(locale);
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

    String count(long count) {
        return formats.number(count);
    }

    /** "X/Twitter", or "alle bronnen" for the stream of all sources together. */
    String source(String source) {
        return "all".equals(source) ? get("source.all") : SOURCES.getOrDefault(source, source);
    }

    String metric(String metric) {
        return texts.containsKey("metric." + metric) ? get("metric." + metric) : metric;
    }

    /** "45" or, for a share, "62 %". */
    String value(String metric, double value) {
        return "NEGATIVE_SHARE".equals(metric) ? format("percent", Math.round(value * 100))
                : count(Math.round(value));
    }
}
