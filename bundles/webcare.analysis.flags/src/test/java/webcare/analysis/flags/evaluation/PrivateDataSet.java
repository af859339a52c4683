package webcare.analysis.flags.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.api.FlagType;

/**
 * The annotated private-data set ({@code private-data.jsonl} next to this class): webcare
 * messages in Dutch and English written for this project, each with the spans a detector must
 * find ({@code type}, {@code start}, {@code end}), many with none (invalid IBANs and BSNs, numbers
 * inside longer numbers, dates, prices, postcodes without a house number). Conventions: an
 * address runs from the street to the town, or from the postcode to the house number; the
 * team's own numbers are {@code ORD-} and six digits, and {@code KL} and seven digits.
 */
public final class PrivateDataSet {

    /** The order and customer number patterns the set's ORDER_NUMBER spans assume. */
    public static final String[] ORDER_PATTERNS = {"\\bORD-\\d{6}\\b", "\\bKL\\d{7}\\b"};

    public record Span(FlagType type, int start, int end) {
    }

    public record Item(int line, String text, String lang, List<Span> spans) {
    }

    private PrivateDataSet() {
    }

    public static List<Item> load() {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (InputStream in = PrivateDataSet.class.getResourceAsStream("private-data.jsonl");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                JsonNode node = json.readTree(line);
                List<Span> spans = new ArrayList<>();
                for (JsonNode span : node.get("spans")) {
                    spans.add(new Span(FlagType.valueOf(span.get("type").asText()), span.get("start").asInt(), span.get("end").asInt()));
                }
                items.add(new Item(number, node.get("text").asText(), node.get("lang").asText(), List.copyOf(spans)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    /**
     * Scores {@code detector} on every item: a flag counts as right only with the expected type
     * and exactly the expected span; flags of other kinds than private data are ignored.
     *
     * @param mistakes receives one line per wrong or missed span, for people to read
     */
    public static Scores score(FlagDetector detector, List<Item> items, java.util.function.Consumer<String> mistakes) {
        Scores scores = new Scores();
        for (Item item : items) {
            Set<Span> expected = new HashSet<>(item.spans());
            for (Flag flag : detector.detect(item.text(), item.lang())) {
                if (flag.type().kind() != FlagType.Kind.PRIVATE_DATA) {
                    continue;
                }
                Span found = new Span(flag.type(), flag.start(), flag.end());
                if (expected.remove(found)) {
                    scores.truePositive(flag.type().name());
                } else {
                    scores.falsePositive(flag.type().name());
                    mistakes.accept("line " + item.line() + ": wrong " + flag.type() + " '"
                            + item.text().substring(flag.start(), flag.end()) + "'");
                }
            }
            for (Span missed : expected) {
                scores.falseNegative(missed.type().name());
                mistakes.accept("line " + item.line() + ": missed " + missed.type() + " '"
                        + item.text().substring(missed.start(), missed.end()) + "'");
            }
        }
        return scores;
    }
}
