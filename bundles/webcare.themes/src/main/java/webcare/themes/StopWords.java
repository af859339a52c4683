package webcare.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that never make a theme, per language: {@code stopwords-nl.txt} and
 * {@code stopwords-en.txt} beside this class. An item of another or unknown language gets both.
 */
record StopWords(Set<String> dutch, Set<String> english, Set<String> both) {

    StopWords(Set<String> dutch, Set<String> english) {
        this(Set.copyOf(dutch), Set.copyOf(english), union(dutch, english));
    }

    /** The lists this bundle ships. */
    static StopWords bundled() {
        return new StopWords(read("stopwords-nl.txt"), read("stopwords-en.txt"));
    }

    /** The stop words for an item in {@code lang} ({@code nl}, {@code en}, anything else). */
    Set<String> of(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "nl" -> dutch;
            case "en" -> english;
            default -> both;
        };
    }

    private static Set<String> union(Set<String> dutch, Set<String> english) {
        Set<String> both = new HashSet<>(dutch);
        both.addAll(english);
        return Set.copyOf(both);
    }

    /** Words separated by white space, lower case; '#' starts a comment to the end of the line. */
    static Set<String> read(String resource) {
        try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("stop word list " + resource + " is missing from the bundle");
            }
            Set<String> words = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comment = line.indexOf('#');
                String content = comment < 0 ? line : line.substring(0, comment);
                for (String word : content.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop word list " + resource, e);
        }
    }
}
