package webcare.analysis.flags.abuse;

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
import org.junit.jupiter.params.provider.ValueSource;
import webcare.analysis.api.Flag;
import webcare.launch.testing.HomeLaunch;

class AbuseDetectorTest {

    private final List<String> problems = new ArrayList<>();
    private final AbuseDetector detector = new AbuseDetector((Path) null, problems::add);

    private List<String> found(String text) {
        return detector.detect(text, "nl").stream().map(flag -> flag.type() + ":" + text.substring(flag.start(), flag.end())).toList();
    }

    @Test
    void theBundledListsHaveNoBadLines() {
        assertThat(problems).isEmpty();
    }

    @Nested
    class Dutch {

        @Test
        void swearingIsProfanity() {
            assertThat(found("Wat een kutbedrijf, godverdomme.")).containsExactly("PROFANITY:kutbedrijf", "PROFANITY:godverdomme");
        }

        @Test
        void aWordAimedAtTheReaderIsAnInsultWithTheWholePhrase() {
            assertThat(found("Je bent een idioot!")).containsExactly("INSULT:Je bent een idioot");
            assertThat(found("Jullie zijn een stelletje klootzakken")).containsExactly("INSULT:stelletje klootzakken");
            assertThat(detector.detect("jij sukkel", "nl")).extracting(Flag::detail).containsExactly("insult 'sukkel', aimed at the reader");
        }

        @Test
        void aCueAfterTheWordAimsItToo() {
            assertThat(found("Typisch voor een clown zoals jij.")).containsExactly("INSULT:clown");
            assertThat(found("Je bent gewoon een mongool")).containsExactly("INSULT:Je bent gewoon een mongool");
            assertThat(found("Ik heb nog nooit een Mongool ontmoet")).isEmpty();
        }

        @Test
        void anOrdinaryWordInsultsOnlyWhenAimed() {
            assertThat(found("Jij zak.")).containsExactly("INSULT:Jij zak");
            assertThat(found("Een zak chips en een koe in de wei")).isEmpty();
        }

        @Test
        void diseasesUsedAsCursesAreProfanityOrInsults() {
            assertThat(found("Kanker! Dit kankerbedrijf, stelletje kankerlijers."))
                    .containsExactly("PROFANITY:Kanker", "PROFANITY:kankerbedrijf", "INSULT:stelletje kankerlijers");
            assertThat(found("Krijg de tering")).containsExactly("INSULT:Krijg de tering");
        }

        @Test
        void quotedWordsAreSomeoneElsesAndDoNotCount() {
            assertThat(found("Jullie medewerker noemde mij \"een domme trut\", schandalig.")).isEmpty();
            assertThat(found("Hij zei \"kut\" en toen zei ik: kut")).containsExactly("PROFANITY:kut");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Mijn moeder heeft kanker.", "Het kankeronderzoek loopt nog.", "Hij is overleden aan kanker",
            "Geef aan de strijd tegen kanker", "Alle kanker patiënten krijgen voorrang", "Ik haal mijn kleren op"})
        void theIllnessItselfIsNoCurse(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class English {

        @Test
        void swearingAndInsults() {
            assertThat(found("This is bullshit. You idiot!")).containsExactly("PROFANITY:bullshit", "INSULT:You idiot");
            assertThat(found("you fucking idiot")).containsExactly("INSULT:you fucking idiot");
            assertThat(found("fuck off")).containsExactly("INSULT:fuck off");
            assertThat(found("what a moron")).containsExactly("INSULT:what a moron");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Scunthorpe United", "The assessment was fair", "klasse service", "A cocktail at the bar",
            "Dick Bruna wrote it", "shiitake mushrooms", "the class assignment", "Hoe gaat het?", "Arsenal won",
            "#Truth matters", "fire retardant", "Fukushima", "a chink in the armour"})
        void wholeWordsOnlyNoScunthorpeProblem(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class Disguised {

        @ParameterizedTest
        @ValueSource(strings = {"kuuuut", "KUT", "sh1t", "shiiiit", "f*ck", "sh!t", "k*t", "a55hole", "fuuuuck"})
        void leetspeakStarsAndRepeatedLettersAreUndone(String word) {
            assertThat(detector.detect("echt " + word + " joh", "nl")).singleElement()
                    .satisfies(flag -> assertThat(flag.start()).isEqualTo(5))
                    .satisfies(flag -> assertThat(flag.end()).isEqualTo(5 + word.length()));
        }

        @Test
        void lettersTypedApartAreReadTogether() {
            assertThat(found("V e r d o e m alle vrouwen")).containsExactly("PROFANITY:V e r d o e m");
        }
    }

    @Nested
    class TeamLists {

        @TempDir
        Path home;

        @Test
        void extendTheListsAndReportBadLinesWithFileAndLine() throws IOException {
            Path etc = Files.createDirectories(home.resolve("etc"));
            Files.writeString(etc.resolve("abuse-nl.txt"), String.join("\n",
                    "# eigen woorden", "insult prutser*", "swearing shoot", "profanity x*", "aimed slak", ""), StandardCharsets.UTF_8);
            List<String> reported = new ArrayList<>();
            AbuseDetector extended = new AbuseDetector(etc, reported::add);
            assertThat(reported).containsExactly(
                    "etc/abuse-nl.txt:3: 'swearing' is no kind: use profanity, insult, aimed, disease or allow, then the word(s); line skipped",
                    "etc/abuse-nl.txt:4: 'x*': a word with * needs at least 3 letters before it; line skipped");
            assertThat(extended.detect("Stelletje prutsers, jij slak", "nl")).extracting(Flag::detail)
                    .containsExactly("insult 'prutser', aimed at the reader", "insult 'slak', aimed at the reader");
        }

        @Test
        void theComponentReadsThemFromWebcareHome() throws IOException {
            Files.createDirectories(home.resolve("etc"));
            Files.writeString(home.resolve("etc").resolve("abuse-en.txt"), "profanity blimey\n", StandardCharsets.UTF_8);
            assertThat(new AbuseDetector(new HomeLaunch(home)).detect("oh blimey", "en")).hasSize(1);
        }

        @Test
        void aFileThatIsNotUtf8IsReportedAndSkipped() throws IOException {
            Path etc = Files.createDirectories(home.resolve("etc"));
            Files.write(etc.resolve("abuse-x.txt"), new byte[] {'i', 'n', 's', 'u', 'l', 't', ' ', (byte) 0xE9, 'a', '\n'});
            List<String> reported = new ArrayList<>();
            new AbuseDetector(etc, reported::add);
            assertThat(reported).containsExactly("etc/abuse-x.txt: not UTF-8 text; save it as UTF-8 (the file is skipped)");
        }
    }

    @Nested
    class Text {

        @Test
        void emptyTextHasNoFlags() {
            assertThat(detector.detect("", "nl")).isEmpty();
        }

        @Test
        void emojiRightToLeftOverridesAndControlCharactersKeepSpansExact() {
            String text = "😡\u202Ekut\u202C\u0000 service\u0007 idioot 👎";
            assertThat(found(text)).containsExactly("PROFANITY:kut", "INSULT:idioot");
        }

        @Test
        void aTenThousandCharacterTextIsQuick() {
            String text = "Jullie zijn een stelletje idioten, kut service, k u t, shiiiiit. ".repeat(200).substring(0, 10_000);
            String letters = "a ".repeat(5_000);
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                assertThat(detector.detect(text, "nl")).hasSizeGreaterThan(400);
                assertThat(detector.detect(letters, "nl")).isEmpty();
            });
        }
    }
}
