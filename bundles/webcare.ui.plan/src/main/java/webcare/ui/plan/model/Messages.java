package webcare.ui.plan.model;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Fills in a message of {@code messages.properties}. Always in the view's language, never the JVM's
 * default: "{0,number,integer}" is "1.000" in a Dutch window even on an English laptop.
 */
public final class Messages {

    private Messages() {}

    public static String format(Locale locale, String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
