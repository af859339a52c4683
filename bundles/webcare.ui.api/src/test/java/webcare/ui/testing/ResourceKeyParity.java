package webcare.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check every bundle with texts makes: its translations have the same keys as its base file.
 * A key missing from {@code messages_nl.properties} shows the English text in a Dutch window, and
 * one only there is a text no English window can show. For any bundle's tests, not only the UI's.
 */
public final class ResourceKeyParity {

    private ResourceKeyParity() {}

    /**
     * Fails unless the file of each of {@code locales} has the same keys as the base file of
     * {@code baseName}, a base name as {@link ResourceBundle#getBundle} takes it
     * ({@code "webcare.ui.inbox.swt.messages"}: {@code webcare/ui/inbox/swt/messages.properties}
     * and, for Dutch, {@code messages_nl.properties} beside it). Each file is read on its own, as
     * UTF-8, without the fallback to the base file a {@link ResourceBundle} has.
     *
     * @param loader the class loader that sees the files, such as the bundle's test class's
     * @param locales at least one; each must have a file of its own
     * @throws AssertionError on one line: for each file, the keys it lacks and the keys only it
     *     has; or the file that is not there
     * @throws IllegalArgumentException when no locale is given
     */
    public static void assertSameKeys(String baseName, ClassLoader loader, Locale... locales) {
        if (locales.length == 0) {
            throw new IllegalArgumentException("name the locales whose files to compare with " + baseName);
        }
        String baseFile = MessageFile.name(baseName, Locale.ROOT);
        Set<String> expected = MessageFile.read(baseFile, loader).stringPropertyNames();
        List<String> differences = new ArrayList<>();
        for (Locale locale : locales) {
            String file = MessageFile.name(baseName, locale);
            Set<String> actual = MessageFile.read(file, loader).stringPropertyNames();
            Set<String> lacking = without(expected, actual);
            Set<String> extra = without(actual, expected);
            if (!lacking.isEmpty()) {
                differences.add(file + " lacks " + lacking + " of " + baseFile);
            }
            if (!extra.isEmpty()) {
                differences.add(file + " has " + extra + " that " + baseFile + " lacks");
            }
        }
        if (!differences.isEmpty()) {
            throw new AssertionError(String.join("; ", differences));
        }
    }

    /** The keys of {@code these} that {@code those} lacks, sorted so the message reads the same each time. */
    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }
}
