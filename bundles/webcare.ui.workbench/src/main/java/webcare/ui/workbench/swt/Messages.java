package webcare.ui.workbench.swt;

import java.text.MessageFormat;
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

    /** Dutch when asked for ({@code nl}) or when the system speaks Dutch; English otherwise. */
    static Locale choose(String setting, Locale system) {
        String language = setting == null || setting.isBlank() ? system.getLanguage() : setting.strip();
        return language.toLowerCase(Locale.ROOT).startsWith("nl") ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }
}
