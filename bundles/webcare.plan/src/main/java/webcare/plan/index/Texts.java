package webcare.plan.index;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What the plan services say to people, in one language: Dutch for a Dutch locale, English for
 * any other. The texts are {@code messages.properties} (English) and {@code messages_nl.properties}
 * beside this class; each is a {@link MessageFormat} pattern, so a quote is written twice. Only what
 * the services write is translated: what the plan says (names, titles, notes) stays as written.
 * Immutable and thread-safe.
 */
public final class Texts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    private Texts(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: English is the base file, whatever the machine says
        this.bundle = ResourceBundle.getBundle(Texts.class.getPackageName() + ".messages", locale,
                Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("date"), locale);
    }

    /**
     * The texts for {@code language}: Dutch when its language is "nl" (also "nl-BE"), English otherwise.
     *
     * @throws NullPointerException when {@code language} is null
     */
    public static Texts of(Locale language) {
        Objects.requireNonNull(language, "language");
        return new Texts(DUTCH.getLanguage().equals(language.getLanguage()) ? DUTCH : Locale.ENGLISH);
    }

    /** The language these texts are in: Dutch ("nl") or English. */
    public Locale language() {
        return locale;
    }

    /** The text {@code key} with its arguments filled in, numbers written the language's way. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A day as the language writes it: "2026-10-05" in English (as in the plan file), "5 oktober 2026" in Dutch. */
    public String date(LocalDate day) {
        return dates.format(day);
    }

    /** "(none)" when {@code value} is null or blank, else {@code value}. */
    public String orNone(String value) {
        return value == null || value.isBlank() ? format("none") : value;
    }
}
