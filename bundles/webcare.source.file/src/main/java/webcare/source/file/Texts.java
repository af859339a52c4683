package webcare.source.file;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What reading and importing a mention file says to people, in one language: Dutch for a Dutch
 * locale, English for any other (the commands' output). The texts are {@code messages.properties}
 * (English) and {@code messages_nl.properties} beside this class; each is a {@link MessageFormat}
 * pattern, so a quote is written twice. Field names and the file's values stay as written.
 * Immutable and thread-safe.
 */
final class Texts {

    /** The commands' language: scripts read their output. */
    static final Texts ENGLISH = new Texts(Locale.ENGLISH);

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: English is the base file, whatever the machine says
        this.bundle = ResourceBundle.getBundle(Texts.class.getPackageName() + ".messages", locale,
                Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Dutch when {@code language} is "nl" (also "nl-BE"), English otherwise. */
    static Texts of(Locale language) {
        Objects.requireNonNull(language, "language");
        return DUTCH.getLanguage().equals(language.getLanguage()) ? new Texts(DUTCH) : ENGLISH;
    }

    /**
     * The text {@code key} with its arguments filled in. Line numbers and sizes are given as
     * strings, so they read "1234" in either language, as an editor shows them.
     */
    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
