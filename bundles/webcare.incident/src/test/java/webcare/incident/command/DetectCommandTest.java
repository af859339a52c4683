package webcare.incident.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.analysis.api.Polarity;
import webcare.analysis.api.Sentiment;
import webcare.analysis.api.SentimentAnalyser;
import webcare.cli.api.UsageException;
import webcare.incident.api.Detector;
import webcare.incident.api.DetectorFactory;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.Observation;
import webcare.incident.detect.RhythmDetector;
import webcare.incident.streams.Traffic;
import webcare.source.file.FileMentionReader;

/** {@code detect} over a mention file written here: three generated days and a crisis, reversed, with bad lines. */
class DetectCommandTest {

    static final Instant MONDAY = Instant.parse("2026-01-04T23:00:00Z");
    static final Instant ONSET = Instant.parse("2026-01-07T13:03:10Z");
    static final JsonFactory JSON = new JsonFactory();

    /** Negative where the crisis texts and a few ordinary complaints say so, as a lexicon would. */
    static final SentimentAnalyser ANALYSER = (text, lang, rating) -> text.matches(
            "(?is).*(storing|datalek|mislukt|slechte|vertraging).*")
            ? new Sentiment(-0.6, Polarity.NEGATIVE, List.of(), "test")
            : new Sentiment(0.1, Polarity.NEUTRAL, List.of(), "test");

    static final DetectorFactory DETECTORS = new DetectorFactory() {
        @Override
        public DetectorSettings settings() {
            return DetectorSettings.DEFAULTS;
        }

        @Override
        public Detector create(DetectorSettings settings) {
            return new RhythmDetector(settings);
        }
    };

    @TempDir
    Path folder;
    Path file;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeTheFile() throws IOException {
        List<Observation> mentions = Traffic.ordinary(5, MONDAY, Duration.ofDays(3), 500).generate()
                .crisis(ONSET, Duration.ofHours(2), 6, 0.7, null).mentions();
        List<String> lines = new ArrayList<>();
        for (Observation mention : mentions) {
            lines.add(json(mention.source(), mention.id(), mention.created().toString(), mention.author(),
                    mention.followers(), mention.text()));
        }
        Collections.reverse(lines); // the command sorts by created
        lines.add(3, "{\"source\":\"twitter\",\"id\":\"x\",\"created\":"); // line 4
        lines.add(lines.get(10)); // a duplicate
        lines.add(json("twitter", "skewed", "2099-01-01T00:00:00Z", "tijdreiziger", 5, "Hallo uit de toekomst"));
        file = Files.write(folder.resolve("mentions.jsonl"), lines, StandardCharsets.UTF_8);
    }

    static String json(String source, String id, String created, String author, long followers, String text)
            throws IOException {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("source", source);
            json.writeStringField("id", id);
            json.writeStringField("created", created);
            json.writeObjectFieldStart("author");
            json.writeStringField("handle", author);
            json.writeNumberField("followers", followers);
            json.writeEndObject();
            json.writeStringField("text", text);
            json.writeEndObject();
        }
        return line.toString();
    }

    private List<String> detect(SentimentAnalyser analyser, String sensitivity, String source) {
        DetectCommand command = new DetectCommand(DETECTORS, new FileMentionReader(), analyser, null);
        command.run(file.toString(), sensitivity, source, Instant.parse("2026-01-08T00:00:00Z"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Instant field(String line, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(line);
        assertThat(value.find()).as("%s in %s", name, line).isTrue();
        return Instant.parse(value.group(1));
    }

    @Test
    void printsOneJsonLinePerSignalFoundInTimeOrder() {
        List<String> signals = detect(ANALYSER, "", "");

        assertThat(signals).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"detected\":\"")
                .contains("\"onset\":", "\"source\":", "\"metric\":", "\"observed\":", "\"expected\":", "\"score\":",
                        "\"terms\":[", "\"authors\":[", "\"examples\":["));
        String first = signals.get(0);
        assertThat(field(first, "detected")).isBetween(ONSET, ONSET.plus(Duration.ofMinutes(15)));
        assertThat(field(first, "onset")).isBetween(ONSET.minus(Duration.ofMinutes(15)),
                ONSET.plus(Duration.ofMinutes(15)));
        assertThat(String.join("\n", signals)).contains("\"metric\":\"VOLUME\"", "\"metric\":\"NEGATIVE_VOLUME\"",
                "storing");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains(file + " line 4: not valid JSON", "(skipped)")
                .contains("1 mentions dated after now (the first twitter:skewed at 2099-01-01T00:00:00Z) counted at")
                .contains("1 duplicates left out").doesNotContain("no sentiment analyser");
    }

    @Test
    void onlyTheSourceAskedForIsReplayed() {
        List<String> signals = detect(ANALYSER, "", "twitter");

        assertThat(signals).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"source\":\"twitter\""));
    }

    @Test
    void withoutAnAnalyserOnlyRatingsCountAsNegativeAndItSaysSo() {
        List<String> signals = detect(null, "", "");

        assertThat(signals).isNotEmpty().noneSatisfy(line -> assertThat(line).contains("NEGATIVE"));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("no sentiment analyser runs: only ratings of 1 or 2 count as negative");
    }

    @Test
    void aLowerSensitivityRaisesLess() {
        int usual = detect(ANALYSER, "", "").size();
        out.reset();

        assertThat(detect(ANALYSER, "0.25", "")).hasSizeLessThan(usual);
    }

    @Test
    void badUsageIsSaidInOneLine() {
        DetectCommand command = new DetectCommand(DETECTORS, new FileMentionReader(), ANALYSER, null);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> command.run("", "", "", Instant.now(), sink, sink)).isInstanceOf(UsageException.class)
                .hasMessage("detect needs --input FILE: a mention file (.jsonl or .csv, docs/MENTIONS.md)");
        assertThatThrownBy(() -> command.run(file.toString(), "high", "", Instant.now(), sink, sink))
                .isInstanceOf(UsageException.class)
                .hasMessage("--sensitivity must be a number greater than 0, such as 1 or 0.5, not 'high'");
    }
}
