package webcare.ui.testing;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The check that a bundle's texts are {@link MessageFormat} patterns, which is how the bundles
 * format them: a text with an unmatched brace throws only when it is first shown.
 */
public final class MessagePatterns {

    private MessagePatterns() {}

    /**
     * Fails unless every text of the base file of {@code baseName}, and of the file of each of
     * {@code locales}, makes a {@link MessageFormat} (in {@link Locale#ROOT}). Files and base names
     * as for {@link ResourceKeyParity#assertSameKeys}.
     *
     * @throws AssertionError on one line: each file and key whose text is no pattern, and why; or
     *     the file that is not there
     */
    public static void assertEveryTextIsAPattern(String baseName, ClassLoader loader, Locale... locales) {
        List<String> files = new ArrayList<>(List.of(MessageFile.name(baseName, Locale.ROOT)));
        for (Locale locale : locales) {
            files.add(MessageFile.name(baseName, locale));
        }
        List<String> failures = new ArrayList<>();
        for (String file : files) {
            Properties texts = MessageFile.read(file, loader);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                try {
                    new MessageFormat(texts.getProperty(key), Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    failures.add(file + " " + key + ": " + e.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("; ", failures));
        }
    }
}
