package webcare.analysis.flags.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public evaluation data in {@code ../shared/data} beside the repository (read in place, never
 * copied): HateCheck-NL and the OffensEval-2019 tweets. Absent on most machines; callers skip then.
 */
public final class SharedData {

    public record Row(String text, String label, String functionality) {
    }

    private SharedData() {
    }

    /** The folder, from {@code webcare.shared.data} or found upwards from the working directory as {@code shared/data}. */
    public static Optional<Path> folder() {
        String set = System.getProperty("webcare.shared.data");
        if (set != null) {
            return Optional.of(Path.of(set)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("abuse_nl_hatecheck.jsonl"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static List<Row> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node = json.readTree(line);
                JsonNode functionality = node.get("functionality");
                rows.add(new Row(node.get("text").asText(), node.get("label").asText(),
                        functionality == null ? "" : functionality.asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }

    /** HateCheck functionalities in which every case holds a threat (THREAT expected). */
    public static final Set<String> THREAT_EXPECTED = Set.of("threat_dir_h", "threat_norm_h");
    /** Functionalities in which every case holds swearing or a slur (PROFANITY or INSULT expected). */
    public static final Set<String> ABUSE_EXPECTED = Set.of("profanity_h", "profanity_nh", "slur_h");
    /**
     * Functionalities whose cases should raise no flag at all: neutral and positive mentions of
     * groups, negated harm, quoted counter-speech, slur homonyms, harm to objects.
     */
    public static final Set<String> NOTHING_EXPECTED = Set.of("ident_neutral_nh", "ident_pos_nh", "negate_neg_nh",
            "counter_quote_nh", "slur_homonym_nh", "target_obj_nh");
}
