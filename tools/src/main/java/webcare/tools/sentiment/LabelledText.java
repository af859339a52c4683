package webcare.tools.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import webcare.analysis.api.Polarity;

/**
 * One labelled text: a row of a JSON Lines file ({@code {"text": …, "label": "negative|neutral|positive"}})
 * or of a tab-separated file ({@code label<TAB>text}, {@code #} lines are comments).
 */
record LabelledText(String text, Polarity label) {

    private static final List<String> LABELS = List.of("negative", "neutral", "positive");

    /** Reads a JSON Lines file ({@code .jsonl}) or a tab-separated one (any other name). */
    static List<LabelledText> readAny(Path file) throws IOException {
        return file.getFileName().toString().endsWith(".jsonl") ? read(file) : readTsv(file);
    }

    /** Reads {@code label<TAB>text} rows; a row with another label stops with file and line number. */
    static List<LabelledText> readTsv(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0 || !LABELS.contains(line.substring(0, tab)) || line.substring(tab + 1).isBlank()) {
                throw new IOException(file + ":" + (i + 1) + ": expected label<TAB>text with label negative, neutral or positive");
            }
            rows.add(new LabelledText(line.substring(tab + 1), Polarity.valueOf(line.substring(0, tab).toUpperCase(Locale.ROOT))));
        }
        return rows;
    }

    /** Reads every row; a row without text or with another label stops with file and line number. */
    static List<LabelledText> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<LabelledText> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String label = row.path("label").asText("");
                if (!row.path("text").isTextual() || !LABELS.contains(label)) {
                    throw new IOException(file + ":" + number + ": expected \"text\" and \"label\" negative, neutral or positive");
                }
                rows.add(new LabelledText(row.get("text").asText(), Polarity.valueOf(label.toUpperCase(Locale.ROOT))));
            }
        }
        return rows;
    }
}
