package webcare.response.flow;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The response's words in Dutch or English (the incident's language), and local times as people read them. */
final class Texts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d-M HH:mm");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    private Texts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        // English is the base file whatever the machine's language: no fallback to the default locale
        this.bundle = ResourceBundle.getBundle(Texts.class.getPackageName() + ".messages", locale,
                Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Texts of(String language, ZoneId zone) {
        return new Texts("nl".equals(language) ? DUTCH : Locale.ENGLISH, zone);
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** "14:30" today, "6-12 14:30" on another day than {@code now}, in local time. */
    String time(Instant at, Instant now) {
        boolean sameDay = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (sameDay ? CLOCK : DAY_AND_CLOCK).format(at.atZone(zone));
    }

    /** "[OEFENING] " or "[DRILL] " for a drill, else nothing. */
    String drill(boolean drill) {
        return drill ? bundle.getString("drill") : "";
    }
}
