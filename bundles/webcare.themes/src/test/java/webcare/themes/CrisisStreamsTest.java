package webcare.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.themes.api.Theme;
import webcare.themes.api.ThemeItem;
import webcare.themes.api.ThemeParameters;
import webcare.themes.api.ThemeReport;

/**
 * Real crisis tweets (CrisisLexT26 in {@code ../shared/data/crisis_streams}, next to the
 * repository; skipped where absent): a new event's words must come up against an older one's.
 */
class CrisisStreamsTest {

    private static final JsonFactory JSON = new JsonFactory();

    static Path crisisStreams() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("bundles"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("/nonexistent") : dir.resolveSibling("shared").resolve("data").resolve("crisis_streams");
    }

    /** The tweets of one event as English items; the file's line number is the id. */
    static List<ThemeItem> event(String name) throws IOException {
        Path file = crisisStreams().resolve(name + ".jsonl");
        assumeTrue(Files.isRegularFile(file), () -> file + " is absent");
        List<ThemeItem> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line).isBlank()) {
                continue;
            }
            String text = null;
            Instant created = null;
            try (JsonParser parser = JSON.createParser(lines.get(line))) {
                while (parser.nextToken() != null) {
                    if (parser.currentToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        parser.nextToken();
                        if (field.equals("text")) {
                            text = parser.getText();
                        } else if (field.equals("created")) {
                            created = Instant.parse(parser.getText());
                        }
                    }
                }
            }
            if (text == null || created == null) {
                throw new IOException(file + " line " + (line + 1) + ": no text or created field");
            }
            items.add(new ThemeItem(line + 1, created, "twitter", "en", text));
        }
        return items;
    }

    @Test
    void aFloodAfterAWildfireBringsUpTheFloodsWordsAndNotTheFiresOnes() throws IOException {
        List<ThemeItem> fires = event("2012_Colorado_wildfires");
        List<ThemeItem> floods = event("2013_Alberta_floods");

        ThemeReport report = new GrowingThemes().find(floods, fires, ThemeParameters.DEFAULTS);

        List<String> top = report.themes().stream().limit(10).map(Theme::term).toList();
        assertThat(top).as("the top 10 themes %s", top).anySatisfy(term -> assertThat(term).containsAnyOf("flood", "alberta", "calgary"));
        assertThat(report.themes()).extracting(Theme::term)
                .noneSatisfy(term -> assertThat(term).containsAnyOf("fire", "colorado"));
    }
}
