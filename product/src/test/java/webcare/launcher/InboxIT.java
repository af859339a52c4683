package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Triage and the inbox through the assembled product's headless commands (docs/TRIAGE.md). */
class InboxIT {

    private static final String MENTIONS = String.join("\n",
            "{\"source\":\"twitter\",\"id\":\"1\",\"kind\":\"post\",\"created\":\"2026-12-05T09:00:00Z\","
                    + "\"author\":{\"handle\":\"anna\",\"followers\":120},"
                    + "\"text\":\"Mijn pakket is al een week kwijt en niemand reageert. Wat een slechte service!\"}",
            "{\"source\":\"twitter\",\"id\":\"2\",\"kind\":\"post\",\"created\":\"2026-12-05T09:05:00Z\","
                    + "\"author\":{\"handle\":\"bert\"},"
                    + "\"text\":\"Maak het over naar NL91ABNA0417164300 zei jullie collega??\"}",
            "{\"source\":\"twitter\",\"id\":\"3\",\"kind\":\"post\",\"created\":\"2026-12-05T09:10:00Z\","
                    + "\"author\":{\"handle\":\"cara\"},\"text\":\"Thanks for the quick help, great service :)\"}",
            "this line is not JSON",
            "{\"source\":\"twitter\",\"id\":\"5\",\"kind\":\"post\",\"created\":\"2026-12-05T09:30:00Z\","
                    + "\"author\":{\"handle\":\"eva\"},"
                    + "\"text\":\"Ik ben ziek geworden van jullie product, mijn buurman ook. Ik stap naar de rechter.\"}",
            "");

    @TempDir
    Path home;

    @TempDir
    Path scratch;

    private Product.Run webcare(String... arguments) throws Exception {
        return Product.run(home, Product.distribution(), Map.of(), arguments);
    }

    @Test
    void triagesAFileInItsOrderNamingTheBadLineAndThenWorksTheStoredInbox() throws Exception {
        Path file = Files.writeString(scratch.resolve("mentions.jsonl"), MENTIONS);

        Product.Run triage = webcare("--headless", "triage", "--input", file.toString());

        assertThat(triage.exit()).isZero();
        List<String> lines = triage.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"id\":\"twitter:1\",\"lang\":\"nl\",").contains("\"polarity\":\"negative\"",
                "\"decision\":\"RESPOND\"", "\"due\":\"2026-12-06T09:00:00Z\"");
        // "NL91ABNA0417164300" starts at character 19 of that text
        assertThat(lines.get(1)).contains("\"flags\":[{\"type\":\"IBAN\",\"start\":19,\"end\":37}]",
                "\"decision\":\"HIDE_AND_EXPLAIN\"", "contains an IBAN at characters 20–37");
        assertThat(lines.get(2)).contains("\"lang\":\"en\"", "\"polarity\":\"positive\"", "\"decision\":\"NO_ACTION\"");
        assertThat(lines.get(3)).contains("\"decision\":\"ESCALATE\"", "harm to safety or health");
        assertThat(triage.err()).contains(file + " line 4: not valid JSON", "(skipped)");

        assertThat(webcare("--headless", "import", file.toString()).exit()).isEqualTo(1); // the bad line
        Product.Run inbox = webcare("--headless", "inbox");

        assertThat(inbox.exit()).isZero();
        assertThat(inbox.out().lines().map(line -> line.replaceAll(".*\"decision\":\"([A-Z_]+)\".*", "$1")))
                .as("open items by priority; the thank-you needs nothing and is closed")
                .containsExactly("ESCALATE", "HIDE_AND_EXPLAIN", "RESPOND");
        assertThat(webcare("--headless", "inbox", "--status", "closed").out()).contains("great service");
        assertThat(webcare("--headless", "inbox", "--search", "PAKKET").out().lines()).singleElement()
                .asString().contains("\"author\":\"anna\"");

        Product.Run wrong = webcare("--headless", "inbox", "--sort", "bogus");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--sort must be one of priority, due, newest, not 'bogus'");
    }
}
