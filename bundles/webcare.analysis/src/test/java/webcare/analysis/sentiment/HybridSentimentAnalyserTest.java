package webcare.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.analysis.api.Polarity;

class HybridSentimentAnalyserTest {

    @TempDir
    Path etc;

    private final List<String> warnings = new ArrayList<>();

    private HybridSentimentAnalyser analyser() {
        return new HybridSentimentAnalyser(etc, Map.of("nl", "sentiment-nl.tsv", "en", "sentiment-en.tsv"), warnings::add);
    }

    @Test
    void worksWithoutWordListsAndWarnsAboutNothing() {
        assertThat(analyser().analyse("Heel goed", "nl", null).polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(warnings).isEmpty();
    }

    @Test
    void addsATeamsWordsAndPhrasesAndOverridesShippedOnes() throws IOException {
        Files.writeString(etc.resolve("sentiment-nl.tsv"), """
                # our own words
                storing\t-4
                weer stuk\t-3

                goed\t5
                """);
        Files.writeString(etc.resolve("sentiment-en.tsv"), "outage\t-4\n");
        HybridSentimentAnalyser analyser = analyser();
        assertThat(analyser.analyse("storing", "nl", null).cues()).singleElement()
                .satisfies(cue -> assertThat(cue.weight()).isEqualTo(-0.8));
        assertThat(analyser.analyse("alles weer stuk", "nl", null).cues()).singleElement()
                .satisfies(cue -> assertThat(cue.text()).isEqualTo("weer stuk"));
        assertThat(analyser.analyse("goed", "nl", null).cues().get(0).weight()).isEqualTo(1.0);
        assertThat(analyser.analyse("outage", "en", null).cues()).hasSize(1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void skipsABadLineWithOneWarningNamingFileAndLine() throws IOException {
        Path file = etc.resolve("sentiment-nl.tsv");
        Files.writeString(file, "storing\t-4\nkapot -3\nwachttijd\tveel\nramp\t-9\nvertraging\t-2\n");
        HybridSentimentAnalyser analyser = analyser();
        assertThat(warnings).containsExactly(
                file + ":2: expected word<TAB>score (word<TAB>score from -5 to 5); line skipped",
                file + ":3: score 'veel' is not a number (word<TAB>score from -5 to 5); line skipped",
                file + ":4: score -9 is outside -5..5 (word<TAB>score from -5 to 5); line skipped");
        assertThat(analyser.analyse("vertraging", "nl", null).cues()).hasSize(1);
        assertThat(analyser.analyse("storing", "nl", null).cues()).hasSize(1);
    }

    @Test
    void aListThatIsAFolderIsReportedNotFatal() throws IOException {
        Files.createDirectories(etc.resolve("sentiment-en.tsv"));
        Files.writeString(etc.resolve("words.tsv"), "storing\t-4\n");
        HybridSentimentAnalyser analyser = new HybridSentimentAnalyser(etc, Map.of("nl", "words.tsv", "en", "sentiment-en.tsv"),
                warnings::add);
        assertThat(analyser.analyse("storing", "nl", null).cues()).hasSize(1);
        assertThat(warnings).isEmpty();
    }
}
