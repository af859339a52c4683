package webcare.incident.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.SentimentAnalyser;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.incident.api.Detector;
import webcare.incident.api.DetectorFactory;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.DetectorStatus;
import webcare.incident.api.Observation;
import webcare.incident.api.Signal;
import webcare.ingest.api.MentionFileReader;
import webcare.model.Author;
import webcare.model.Mention;

/**
 * {@code detect --input FILE [--sensitivity X] [--source S]}: replays a mention file through the
 * crisis detector in time order (the file may be in any order) and prints one JSON line per
 * signal (docs/DETECTION.md). Polarity comes from the sentiment analyser where it runs. A bad line
 * is reported on standard error with its number and skipped; a mention dated after now (a clock
 * that was wrong) is counted at the end of the replay and reported.
 */
@Component(service = DetectCommand.class)
@WebcareCommand(function = "detect")
public final class DetectCommand {

    private final DetectorFactory detectors;
    private final MentionFileReader files;
    private final Polarity polarity;

    @Activate
    public DetectCommand(@Reference DetectorFactory detectors, @Reference MentionFileReader files,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            SentimentAnalyser sentiment,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            LanguageDetector language) {
        this.detectors = detectors;
        this.files = files;
        this.polarity = new Polarity(sentiment, language);
    }

    @Descriptor("replay a mention file in time order through the crisis detector and print one JSON line per "
            + "signal: detected, onset, source, metric, observed, expected, score, terms, authors, examples "
            + "(docs/DETECTION.md)")
    public void detect(@Descriptor("--input FILE") @Parameter(names = "--input", absentValue = "") String input,
            @Descriptor("--sensitivity X (default: etc/webcare.incident.cfg, else 1)")
            @Parameter(names = "--sensitivity", absentValue = "") String sensitivity,
            @Descriptor("--source S: only the mentions of one source type")
            @Parameter(names = "--source", absentValue = "") String source) {
        run(input, sensitivity, source, Instant.now(), System.out, System.err);
    }

    void run(String input, String sensitivity, String source, Instant now, PrintStream out, PrintStream err) {
        if (input.isEmpty()) {
            throw new UsageException("detect needs --input FILE: a mention file (.jsonl or .csv, docs/MENTIONS.md)");
        }
        DetectorSettings settings = settings(sensitivity);
        if (!polarity.analysed()) {
            err.println("webcare detect: no sentiment analyser runs: only ratings of 1 or 2 count as negative");
        }
        Path file = Path.of(input);
        List<Observation> mentions = read(file, source, err);
        Instant latest = now.plus(Duration.ofMinutes(settings.futureMinutes()));
        List<Observation> replay = inTimeOrder(mentions, latest, err);
        PrintWriter lines = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16));
        Detector detector = detectors.create(settings);
        int signals = 0;
        try {
            for (Observation mention : replay) {
                signals += print(lines, detector.advanceTo(mention.created()));
                detector.accept(mention);
            }
            if (!replay.isEmpty()) {
                // closes the last bucket
                Instant last = replay.get(replay.size() - 1).created();
                signals += print(lines, detector.advanceTo(last.plus(Duration.ofMinutes(settings.bucketMinutes()))));
            }
        } catch (UncheckedIOException e) {
            throw new CommandFailedException("cannot write: " + e.getCause().getMessage(), e);
        } finally {
            lines.flush();
        }
        DetectorStatus status = detector.status();
        String span = replay.isEmpty() ? ""
                : " from " + replay.get(0).created() + " to " + replay.get(replay.size() - 1).created();
        String duplicates = status.duplicates() > 0 ? ", " + status.duplicates() + " duplicates left out" : "";
        err.println("webcare detect: " + status.accepted() + " mentions replayed" + span + ", " + signals + " signals"
                + duplicates);
    }

    private DetectorSettings settings(String sensitivity) {
        DetectorSettings settings = detectors.settings();
        if (sensitivity.isEmpty()) {
            return settings;
        }
        try {
            double value = Double.parseDouble(sensitivity);
            if (value > 0 && !Double.isInfinite(value)) {
                return settings.withSensitivity(value);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--sensitivity must be a number greater than 0, such as 1 or 0.5, not '"
                + sensitivity + "'");
    }

    private List<Observation> read(Path file, String source, PrintStream err) {
        List<Observation> mentions = new ArrayList<>();
        try {
            files.read(file, new MentionFileReader.Lines() {
                @Override
                public void mention(long line, Mention mention) {
                    if (source.isEmpty() || source.equals(mention.source())) {
                        mentions.add(observation(mention));
                    }
                }

                @Override
                public void bad(long line, String reason) {
                    err.println("webcare detect: " + file + " line " + line + ": " + reason + " (skipped)");
                }
            });
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        return mentions;
    }

    private Observation observation(Mention mention) {
        Author author = mention.author();
        String who = author == null ? "" : author.handle() != null ? author.handle()
                : author.id() != null ? author.id() : author.name() != null ? author.name() : "";
        long followers = author == null || author.followers() == null ? 0 : Math.max(0, author.followers());
        String id = mention.instance().isEmpty() ? mention.externalId()
                : mention.instance() + "/" + mention.externalId();
        return new Observation(mention.created(), mention.source(), id, polarity.negative(mention), who, followers,
                mention.text());
    }

    /**
     * The mentions by time; one dated after {@code latest} comes from a clock that was wrong and
     * is counted at the last believable time instead.
     */
    private static List<Observation> inTimeOrder(List<Observation> mentions, Instant latest, PrintStream err) {
        List<Observation> believable = new ArrayList<>(mentions.size());
        List<Observation> skewed = new ArrayList<>();
        for (Observation mention : mentions) {
            (mention.created().isAfter(latest) ? skewed : believable).add(mention);
        }
        believable.sort(Comparator.comparing(Observation::created));
        if (!skewed.isEmpty()) {
            Instant end = believable.isEmpty() ? latest : believable.get(believable.size() - 1).created();
            err.println("webcare detect: " + skewed.size() + " mentions dated after now (the first "
                    + skewed.get(0).source() + ":" + skewed.get(0).id() + " at " + skewed.get(0).created()
                    + ") counted at " + end + ", the end of the replay");
            for (Observation mention : skewed) {
                believable.add(new Observation(end, mention.source(), mention.id(), mention.negative(),
                        mention.author(), mention.followers(), mention.text()));
            }
        }
        return believable;
    }

    private static int print(PrintWriter lines, List<Signal> signals) {
        for (Signal signal : signals) {
            lines.println(SignalJson.line(signal));
        }
        if (lines.checkError()) {
            throw new UncheckedIOException(new IOException("standard output is closed"));
        }
        return signals.size();
    }
}
