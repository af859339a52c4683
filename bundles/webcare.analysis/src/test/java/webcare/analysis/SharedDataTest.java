package webcare.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.Polarity;
import webcare.analysis.language.ProfileLanguageDetector;
import webcare.analysis.sentiment.SentimentEngine;

/**
 * Guards the shipped quality on the public evaluation sets in {@code ../shared/data} next to the
 * repository (bench/sentiment-eval.sh reports the full numbers); skipped where that folder is absent.
 * The floors sit a little under what docs/SENTIMENT.md reports, so a change that loses quality fails.
 */
class SharedDataTest {

    private record Row(String text, Polarity label) {
    }

    private static Path sharedData() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("bundles"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("/nonexistent") : dir.resolveSibling("shared").resolve("data");
    }

    private static List<Row> rows(String name) throws IOException {
        Path file = sharedData().resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> file + " is absent");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(new Row(field(line, "text"), Polarity.valueOf(field(line, "label").toUpperCase(Locale.ROOT))));
            }
        }
        return rows;
    }

    /** A string field of a flat JSON object, unescaped; enough for these files. */
    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\": \"") + name.length() + 5;
        StringBuilder value = new StringBuilder();
        for (int i = at; json.charAt(i) != '"'; i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                char escaped = json.charAt(++i);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> value.append(escaped);
                }
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static double macroF1(List<Row> rows, String lang) {
        SentimentEngine engine = SentimentEngine.shipped(Map.of());
        int[] hit = new int[3];
        int[] labelled = new int[3];
        int[] guessed = new int[3];
        for (Row row : rows) {
            Polarity guess = engine.analyse(row.text(), lang, null).polarity();
            labelled[row.label().ordinal()]++;
            guessed[guess.ordinal()]++;
            if (guess == row.label()) {
                hit[guess.ordinal()]++;
            }
        }
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            sum += labelled[c] + guessed[c] == 0 ? 0 : 2.0 * hit[c] / (labelled[c] + guessed[c]);
        }
        return sum / 3;
    }

    private static double detected(List<Row> rows, String lang) {
        ProfileLanguageDetector detector = new ProfileLanguageDetector();
        return rows.stream().filter(row -> detector.detect(row.text(), null).equals(lang)).count() / (double) rows.size();
    }

    @Test
    void englishTweetsKeepTheirQuality() throws IOException {
        List<Row> rows = rows("tweets_en_sentiment_dev.jsonl");
        assertThat(macroF1(rows, "en")).isGreaterThan(0.66);
        assertThat(detected(rows, "en")).isGreaterThan(0.97);
    }

    @Test
    void dutchReviewSentencesKeepTheirQuality() throws IOException {
        List<Row> rows = rows("reviews_nl_sentiment.jsonl");
        assertThat(macroF1(rows, "nl")).isGreaterThan(0.58);
        assertThat(detected(rows, "nl")).isGreaterThan(0.95);
    }
}
