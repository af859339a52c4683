package webcare.ui.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

/** One language's file of a bundle's texts, read alone: what the checks of texts look at. */
final class MessageFile {

    private static final ResourceBundle.Control PROPERTIES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MessageFile() {}

    /**
     * The file of {@code locale} for {@code baseName}: {@code webcare/ui/inbox/swt/messages_nl.properties}
     * for {@code "webcare.ui.inbox.swt.messages"} and Dutch, the base file for {@link Locale#ROOT}.
     */
    static String name(String baseName, Locale locale) {
        return PROPERTIES.toResourceName(PROPERTIES.toBundleName(baseName, locale), "properties");
    }

    /**
     * The texts of {@code file} as UTF-8, without the fallback to the base file a {@link ResourceBundle} has.
     *
     * @throws AssertionError when {@code loader} does not see the file
     */
    static Properties read(String file, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError("no " + file + " on the class path");
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
