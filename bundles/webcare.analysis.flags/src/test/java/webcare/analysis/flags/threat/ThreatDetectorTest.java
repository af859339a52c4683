package webcare.analysis.flags.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagType;

class ThreatDetectorTest {

    private final List<String> problems = new ArrayList<>();
    private final ThreatDetector detector = new ThreatDetector((Path) null, problems::add);

    private List<String> found(String text) {
        return detector.detect(text, "nl").stream().map(flag -> text.substring(flag.start(), flag.end())).toList();
    }

    @Test
    void theBundledPatternsHaveNoBadLines() {
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ik maak je af als dit niet opgelost wordt.|Ik maak je af|violence",
        "Pas op, ik weet waar je woont.|ik weet waar je woont|stalking",
        "Morgen steek ik jullie kantoor in de fik.|steek ik jullie kantoor in de fik|arson",
        "Ik steek je kantoor in brand!|Ik steek je kantoor in brand|arson",
        "Er ligt een bom in jullie winkel.|Er ligt een bom|bomb",
        "Daar ga je spijt van krijgen.|ga je spijt|revenge",
        "Ik sla je helemaal in elkaar|Ik sla je helemaal in elkaar|violence",
        "I will kill you if my refund is late.|I will kill you|violence",
        "I will kill you if you don't refund me.|I will kill you|violence",
        "You'll regret this, trust me.|You'll regret this|revenge",
        "I know where you live.|I know where you live|stalking",
        "I'm going to burn your store down|I'm going to burn your store|arson",
        "There is a bomb in your office|There is a bomb|bomb",
        "Death to all of you|Death to|death"})
    void findsTheThreateningPhrase(String text, String phrase, String category) {
        List<Flag> flags = detector.detect(text, "nl");
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.type()).isEqualTo(FlagType.THREAT);
            assertThat(text.substring(flag.start(), flag.end())).isEqualTo(phrase);
            assertThat(flag.detail()).isEqualTo("threat: " + category);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ik zou je nooit pijn doen.", "I would never hurt you.", "You won't regret this purchase!",
        "Je krijgt er geen spijt van.", "Berichten als \"ik maak je af\" tolereer ik niet.",
        "He wrote \"I will kill you\" and got banned, good.", "Ik ga de tijd doden met een spelletje.",
        "Just killing time at the airport", "We wachten u graag op bij de balie.", "Ik maak het formulier af.",
        "De bom barst bijna bij mij", "This bath bomb smells great", "Ik ga de telefoon ophangen.",
        "We will find you a new date for the delivery."})
    void negationsQuotesAndIdiomsAreNoThreats(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aThreatInTheNextSentenceStillCounts() {
        assertThat(found("Ik zou nooit klagen. Maar ik maak je af.")).containsExactly("ik maak je af");
    }

    @Nested
    class TeamPatterns {

        @TempDir
        Path etc;

        @Test
        void extendThePatternsAndReportBadLinesWithFileAndLine() throws IOException {
            Files.writeString(etc.resolve("threats-nl.txt"), String.join("\n",
                    "@wij = wij|we", "revenge @wij zetten [0-2] op internet", "threat ik kom", "violence @onbekend slaan",
                    "violence ik [9] slaan", ""), StandardCharsets.UTF_8);
            List<String> reported = new ArrayList<>();
            ThreatDetector extended = new ThreatDetector(etc, reported::add);
            assertThat(reported).containsExactly(
                    "etc/threats-nl.txt:3: 'threat' is no category: use violence, death, arson, bomb, stalking, revenge, sexual or none; line skipped",
                    "etc/threats-nl.txt:4: '@onbekend' uses a name not defined above it; line skipped",
                    "etc/threats-nl.txt:5: '[9]' is no gap: write [n] or [m-n], at most 6; line skipped");
            String text = "We zetten je foto op internet";
            assertThat(extended.detect(text, "nl")).singleElement()
                    .satisfies(flag -> assertThat(text.substring(flag.start(), flag.end())).isEqualTo(text));
        }
    }

    @Nested
    class Text {

        @Test
        void emptyTextHasNoFlags() {
            assertThat(detector.detect("", "nl")).isEmpty();
        }

        @Test
        void emojiAndControlCharactersKeepSpansExact() {
            String text = "🔥🔥\u202E ik\u0000 maak je af 🔪";
            assertThat(found(text)).containsExactly("ik\u0000 maak je af");
        }

        @Test
        void aTenThousandCharacterTextIsQuick() {
            String text = "ik ik ik we we ga ga zal je je jullie ".repeat(300).substring(0, 10_000);
            String threats = "Ik maak je af. I will kill you. ".repeat(320).substring(0, 10_000);
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                detector.detect(text, "nl");
                assertThat(detector.detect(threats, "nl")).hasSizeGreaterThan(600);
            });
        }
    }
}
