package webcare.ui.api;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The detail a view appends to its own sentence about a failure ("Het plan is niet opgeslagen:
 * &lt;detail&gt;. Probeer het opnieuw …"): what went wrong low down, in the window's language where
 * the workbench knows the kind (a file that does not exist, no permission, not UTF-8 text), else
 * the cause's own words in quotes, as the system said them. Never a Java class name: a message
 * that only repeats its cause gives way to the cause, and a leading "java.io.IOException: " is
 * dropped. Service exceptions whose message is already a sentence in the window's language are
 * shown as they are, not through this.
 *
 * @param locale the window's language: Dutch for "nl", English otherwise
 */
public record FailureText(Locale locale) {

    /** "java.io.IOException: " and the like, at the start of a message built from an exception's toString(). */
    private static final Pattern CLASS_NAME = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)"
            + "(?::\\s*|$)");

    public FailureText {
        Objects.requireNonNull(locale, "locale");
    }

    /** One line about {@code failure} and its causes, in {@link #locale()}; never empty. */
    public String detail(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (at instanceof NoSuchFileException missing) {
                return format("failure.noSuchFile", missing.getFile());
            }
            if (at instanceof AccessDeniedException denied) {
                return format("failure.accessDenied", denied.getFile());
            }
            if (at instanceof CharacterCodingException) {
                return format("failure.notText");
            }
            if (at instanceof FileSystemException system && system.getReason() != null && system.getFile() != null) {
                return format("failure.fileSystem", system.getFile(), oneLine(system.getReason()));
            }
            String message = at.getMessage() == null ? "" : CLASS_NAME.matcher(oneLine(at.getMessage())).replaceFirst("");
            boolean onlyItsCause = at.getCause() != null && at.getMessage() != null
                    && at.getMessage().equals(at.getCause().toString());
            if (!message.isBlank() && !onlyItsCause) {
                return format("failure.quoted", message);
            }
        }
        return format("failure.noDetail");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private String format(String key, Object... arguments) {
        // no fallback to the JVM's default locale: English is the base file, whatever the machine says
        ResourceBundle texts = ResourceBundle.getBundle(FailureText.class.getPackageName() + ".messages",
                "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH,
                FailureText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
