package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.ingest.api.MentionFileReader;
import webcare.model.Mention;

/** The stream reader names each bad line in the caller's language, English when it names none. */
class FileMentionReaderTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @TempDir
    Path dir;

    private final FileMentionReader reader = new FileMentionReader();

    /** The bad lines of {@code file} as "N: reason". */
    private List<String> bad(Path file, Locale language) throws IOException {
        List<String> bad = new ArrayList<>();
        reader.read(file, new MentionFileReader.Lines() {
            @Override
            public void mention(long line, Mention mention) {}

            @Override
            public void bad(long line, String reason) {
                bad.add(line + ": " + reason);
            }
        }, language);
        return bad;
    }

    @Test
    void namesBadCsvRecordsInDutchKeepingTheColumnsAndValues() throws IOException {
        Path file = Files.writeString(dir.resolve("vermeldingen.csv"), """
                source,id,text,created,truncated,rating
                feed,1,Goed,2026-10-25T08:00:00Z,misschien,
                feed,2,Slecht,2026-10-25T08:00:00Z,false,9
                feed,3,Kort
                """, StandardCharsets.UTF_8);

        assertThat(bad(file, DUTCH)).containsExactly(
                "2: 'truncated' moet true of false zijn: \"misschien\"",
                "3: 'rating' moet 1 tot en met 5 zijn: 9",
                "4: heeft 3 cellen, de kopregel heeft er 6");
        assertThat(bad(file, Locale.ENGLISH)).containsExactly(
                "2: 'truncated' must be true or false: \"misschien\"",
                "3: 'rating' must be 1 to 5: 9",
                "4: has 3 cells, the header has 6");
    }

    @Test
    void saysAMissingHeaderColumnAndAMissingFileInDutch() throws IOException {
        Path file = Files.writeString(dir.resolve("zonder.csv"), "source,id,text\nfeed,1,x\n", StandardCharsets.UTF_8);

        assertThat(bad(file, DUTCH)).containsExactly("1: de kopregel heeft geen kolom 'created' (een kopregel met "
                + "de namen van de kolommen is verplicht); er is niets gelezen");
        assertThatThrownBy(() -> bad(dir.resolve("weg.jsonl"), DUTCH)).isInstanceOf(IOException.class)
                .hasMessage(dir.resolve("weg.jsonl") + ": dit bestand bestaat niet: controleer het pad");
    }

    @Test
    void speaksEnglishWithoutALanguageAsTheCommandsDo() throws IOException {
        Path file = Files.writeString(dir.resolve("mentions.jsonl"), "[1]\n", StandardCharsets.UTF_8);
        List<String> bad = new ArrayList<>();

        reader.read(file, new MentionFileReader.Lines() {
            @Override
            public void mention(long line, Mention mention) {}

            @Override
            public void bad(long line, String reason) {
                bad.add(line + ": " + reason);
            }
        });

        assertThat(bad).containsExactly("1: not a JSON object").isEqualTo(bad(file, Locale.ENGLISH));
    }
}
