package webcare.ui.workbench.swt;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import webcare.ui.api.WorkbenchView;

/** The workbench's own texts in the chosen language, from messages.properties / messages_nl.properties. */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = WorkbenchView.texts(Messages.class, locale);
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

    /** The values of the {@code locale} setting, as its metatype options list them. */
    static final List<String> LANGUAGES = List.of("nl", "en");

    /**
     * The language {@code setting} names when it is one of {@link #LANGUAGES}; else (empty, or a
     * value the window does not speak) Dutch when the system speaks Dutch, English otherwise.
     */
    static Locale choose(String setting, Locale system) {
        String language = LANGUAGES.contains(setting.strip()) ? setting.strip() : system.getLanguage();
        return language.equals("nl") ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }
}
