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

/** One row of a labelled JSON Lines file: {@code {"text": …, "label": "negative|neutral|positive"}}. */
record LabelledText(String text, Polarity label) {

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
                if (!row.path("text").isTextual() || !List.of("negative", "neutral", "positive").contains(label)) {
                    throw new IOException(file + ":" + number + ": expected \"text\" and \"label\" negative, neutral or positive");
                }
                rows.add(new LabelledText(row.get("text").asText(), Polarity.valueOf(label.toUpperCase(Locale.ROOT))));
            }
        }
        return rows;
    }
}
