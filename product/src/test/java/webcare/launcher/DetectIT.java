package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crisis detection through the assembled product's {@code detect} command (docs/DETECTION.md). */
class DetectIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant START = Instant.parse("2025-11-30T23:00:00Z"); // Monday 0:00 in Amsterdam, in the past
    private static final Instant ONSET = Instant.parse("2025-12-03T13:01:00Z");

    @TempDir
    Path home;

    @TempDir
    Path scratch;

    /** Two and a half quiet days, a mention every 3 minutes by day and every 15 at night, then an outage complaint storm. */
    private static List<String> mentions() {
        List<String> lines = new ArrayList<>();
        int id = 0;
        for (Instant minute = START; minute.isBefore(ONSET.plus(Duration.ofHours(1))); minute = minute.plusSeconds(60)) {
            int hour = minute.atZone(AMSTERDAM).getHour();
            long index = Duration.between(START, minute).toMinutes();
            if (index % (hour >= 7 && hour < 23 ? 3 : 15) == 0) {
                lines.add(line(++id, minute, "Vraag over mijn bestelling van vorige week"));
            }
            if (!minute.isBefore(ONSET)) {
                for (int i = 0; i < 4; i++) {
                    lines.add(line(++id, minute.plusSeconds(10 * i), "Storing! De app doet het niet, slechte service"));
                }
            }
        }
        Collections.reverse(lines); // detect sorts by created
        return lines;
    }

    private static String line(int id, Instant created, String text) {
        return "{\"source\":\"twitter\",\"id\":\"" + id + "\",\"created\":\"" + created + "\",\"author\":{\"handle\":\"klant"
                + id % 400 + "\",\"followers\":" + (id * 37 % 2000) + "},\"text\":\"" + text + "\"}";
    }

    @Test
    void helpListsDetectAndDetectFindsTheStormInAFileInAnyOrder() throws Exception {
        Path file = Files.write(scratch.resolve("mentions.jsonl"), mentions());

        Product.Run help = Product.run(home, Product.distribution(), Map.of(), "--headless", "help");
        Product.Run detect = Product.run(home, Product.distribution(), Map.of(), "--headless", "detect", "--input",
                file.toString());

        assertThat(help.out()).contains("detect");
        assertThat(detect.exit()).as(detect.err()).isZero();
        List<String> signals = detect.out().lines().toList();
        assertThat(signals).isNotEmpty();
        assertThat(signals.get(0)).containsPattern("^\\{\"detected\":\"2025-12-03T13:(05|10|15):00Z\"")
                .contains("\"source\":\"twitter\"", "\"terms\":[", "storing");
        assertThat(String.join("\n", signals)).contains("\"metric\":\"VOLUME\"", "\"metric\":\"NEGATIVE_VOLUME\"");
        assertThat(detect.err()).contains("mentions replayed from 2025-11-30T23:00:00Z");

        Product.Run wrong = Product.run(home, Product.distribution(), Map.of(), "--headless", "detect");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("detect needs --input FILE");
    }
}
