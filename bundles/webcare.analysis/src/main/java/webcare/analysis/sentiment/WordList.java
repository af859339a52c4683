package webcare.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a word list: one {@code word<TAB>score} per line, score from −5 to 5 (the AFINN scale),
 * lines starting with {@code #} and blank lines ignored. A word may be a phrase of up to
 * {@link Lexicon#MAX_PHRASE_WORDS} words separated by single spaces. A bad line is reported to the
 * warning sink as one line naming the file and line number, and skipped.
 */
public final class WordList {

    private WordList() {
    }

    /** Reads a bundled list; a damaged resource is a build error, so it throws. */
    static Map<String, Double> resource(String name) {
        InputStream in = WordList.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " in webcare.analysis");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader, name, warning -> {
                throw new IllegalStateException(warning);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a team's list from {@code $WEBCARE_HOME/etc}.
     *
     * @return the entries; empty (after one warning) when the file cannot be read
     */
    public static Map<String, Double> file(Path file, Consumer<String> warnings) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString(), warnings);
        } catch (IOException e) {
            warnings.accept(file + ": cannot be read (" + e.getMessage() + "); its words are not used");
            return Map.of();
        }
    }

    private static Map<String, Double> parse(BufferedReader reader, String name, Consumer<String> warnings)
            throws IOException {
        Map<String, Double> entries = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String problem = null;
            if (tab <= 0) {
                problem = "expected word<TAB>score";
            } else {
                String word = String.join(" ", line.substring(0, tab).strip().toLowerCase(Locale.ROOT).split("\\s+"));
                String score = line.substring(tab + 1).strip();
                try {
                    double value = Double.parseDouble(score);
                    if (!(value >= -5 && value <= 5)) {
                        problem = "score " + score + " is outside -5..5";
                    } else if (word.isEmpty() || word.split(" ").length > Lexicon.MAX_PHRASE_WORDS) {
                        problem = "a word or a phrase of at most " + Lexicon.MAX_PHRASE_WORDS + " words is needed";
                    } else {
                        entries.put(word, value);
                    }
                } catch (NumberFormatException e) {
                    problem = "score '" + score + "' is not a number";
                }
            }
            if (problem != null) {
                warnings.accept(name + ":" + number + ": " + problem + " (word<TAB>score from -5 to 5); line skipped");
            }
        }
        return entries;
    }
}
