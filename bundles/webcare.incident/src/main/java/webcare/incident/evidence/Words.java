package webcare.incident.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The distinct words of a text worth naming as a signal's terms, lower case: runs of letters
 * (a '#' dropped, an inner apostrophe or hyphen kept) of 3 to 30 characters, without links,
 * @handles, words with digits, and the Dutch and English stop words in {@code stopwords.txt}
 * beside this class. Stateless and thread-safe.
 */
final class Words {

    private static final int SHORTEST = 3;
    private static final int LONGEST = 30;
    private static final Set<String> STOP_WORDS = read("stopwords.txt");

    private Words() {}

    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String run : text.split("\\s+")) {
            if (run.contains("@") || run.contains("://") || run.regionMatches(true, 0, "www.", 0, 4)) {
                continue;
            }
            for (String word : run.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
                String trimmed = trim(word);
                if (trimmed.length() >= SHORTEST && trimmed.length() <= LONGEST && !STOP_WORDS.contains(trimmed)
                        && trimmed.chars().noneMatch(Character::isDigit)) {
                    words.add(trimmed);
                }
            }
        }
        return words;
    }

    /** Without apostrophes and hyphens at either end ({@code 'storing'} is {@code storing}). */
    private static String trim(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    /** Words separated by white space, lower case; '#' starts a comment to the end of the line. */
    private static Set<String> read(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("stop word list " + resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .flatMap(line -> Arrays.stream(line.replaceFirst("#.*", "").strip().split("\\s+")))
                    .filter(word -> !word.isEmpty()).map(word -> word.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop word list " + resource, e);
        }
    }
}
