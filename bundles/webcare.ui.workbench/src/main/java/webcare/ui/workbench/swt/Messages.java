package webcare.ui.workbench.swt;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The workbench's own texts in the chosen language, from messages.properties / messages_nl.properties. */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English is the base file, Dutch the _nl one.
        this.bundle = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages", locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Dutch when asked for ({@code nl}) or when the system speaks Dutch; English otherwise. */
    static Locale choose(String setting, Locale system) {
        String language = setting == null || setting.isBlank() ? system.getLanguage() : setting.strip();
        return language.toLowerCase(Locale.ROOT).startsWith("nl") ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }
}
