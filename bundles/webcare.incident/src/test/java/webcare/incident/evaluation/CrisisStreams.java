package webcare.incident.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real crisis streams of CrisisLexT26 in {@code ../shared/data/crisis_streams} beside the
 * repository (read in place, never copied; absent on most machines, and callers skip then): per
 * event the volume of all collected tweets per UTC hour, and the labelled tweets' texts by hour.
 */
public final class CrisisStreams {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event: its tweets per hour (hours without any left out), and the labelled tweets' texts by hour. */
    public record Event(String name, List<Instant> hours, List<Integer> counts, Map<Instant, List<String>> texts) {

        public int peak() {
            return counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private CrisisStreams() {}

    /** The folder, from {@code webcare.shared.data} or found upwards from the working directory. */
    public static Optional<Path> folder() {
        String set = System.getProperty("webcare.shared.data");
        if (set != null) {
            return Optional.of(Path.of(set, "crisis_streams")).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve("crisis_streams");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every event in {@code folder}, by name. */
    public static List<Event> events(Path folder) {
        List<Event> events = new ArrayList<>();
        try (DirectoryStream<Path> volumes = Files.newDirectoryStream(folder, "*_hourly_volume.csv")) {
            for (Path volume : volumes) {
                String name = volume.getFileName().toString().replace("_hourly_volume.csv", "");
                events.add(event(folder, name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        events.sort((a, b) -> a.name().compareTo(b.name()));
        return events;
    }

    static Event event(Path folder, String name) throws IOException {
        List<Instant> hours = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<String> lines = Files.readAllLines(folder.resolve(name + "_hourly_volume.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            hours.add(Instant.parse(cells[0]));
            counts.add(Integer.parseInt(cells[1]));
        }
        Map<Instant, List<String>> texts = new HashMap<>();
        Path tweets = folder.resolve(name + ".jsonl");
        if (Files.isRegularFile(tweets)) {
            try (BufferedReader reader = Files.newBufferedReader(tweets, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    tweet(line, texts);
                }
            }
        }
        return new Event(name, List.copyOf(hours), List.copyOf(counts), texts);
    }

    private static void tweet(String line, Map<Instant, List<String>> texts) throws IOException {
        JsonNode tweet = JSON.readTree(line);
        if (tweet.hasNonNull("text") && tweet.hasNonNull("created")) {
            Instant hour = Instant.parse(tweet.get("created").asText()).truncatedTo(ChronoUnit.HOURS);
            texts.computeIfAbsent(hour, any -> new ArrayList<>()).add(tweet.get("text").asText());
        }
    }
}
