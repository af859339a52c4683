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
    private final Polarity polarity;
    private final MentionReplay replayer;

    @Activate
    public DetectCommand(@Reference DetectorFactory detectors, @Reference MentionFileReader files,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            SentimentAnalyser sentiment,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            LanguageDetector language) {
        this.detectors = detectors;
        this.polarity = new Polarity(sentiment, language);
        this.replayer = new MentionReplay(files, polarity);
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
        List<Observation> replay = replayer.inTimeOrder(file, source, now.plus(Duration.ofMinutes(settings.futureMinutes())),
                "webcare detect", err);
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
