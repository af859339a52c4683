package webcare.incident.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.SentimentAnalyser;
import webcare.incident.api.Detector;
import webcare.incident.api.DetectorFactory;
import webcare.incident.api.Observation;
import webcare.incident.api.Signal;
import webcare.ingest.api.MentionFileReader;
import webcare.response.api.Drills;
import webcare.response.api.IncidentException;
import webcare.response.api.Incidents;
import webcare.response.api.OpenRequest;
import webcare.response.api.Origin;

/**
 * {@link Drills}: replays the file on a thread of its own, each mention when its time comes at the
 * chosen speed (the detector counts the file's own times, so the stream's daily rhythm stays), and
 * opens a drill incident at the first signal, its onset and detection moved to the wall clock the
 * same way, so the team's times count from there.
 */
@Component(service = Drills.class)
public final class DrillRunner implements Drills {

    private static final Logger LOG = System.getLogger(DrillRunner.class.getName());
    private static final Instant FAR = Instant.parse("9999-12-31T00:00:00Z");

    private final DetectorFactory detectors;
    private final MentionReplay replayer;
    private final Incidents incidents;
    private final Clock clock;
    private final AtomicReference<Run> current = new AtomicReference<>();
    private volatile boolean stopping;
    private Thread runner;

    @Activate
    public DrillRunner(@Reference DetectorFactory detectors, @Reference MentionFileReader files,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            SentimentAnalyser sentiment,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            LanguageDetector language, @Reference Incidents incidents) {
        this(detectors, new MentionReplay(files, new Polarity(sentiment, language)), incidents, Clock.systemUTC());
    }

    DrillRunner(DetectorFactory detectors, MentionReplay replayer, Incidents incidents, Clock clock) {
        this.detectors = detectors;
        this.replayer = replayer;
        this.incidents = incidents;
        this.clock = clock;
    }

    @Override
    public synchronized Run start(Request request) throws IncidentException {
        if (current.get() != null && !current.get().finished()) {
            throw new IncidentException("A drill is running already: stop it first");
        }
        ByteArrayOutputStream problems = new ByteArrayOutputStream();
        List<Observation> replay = replayer.inTimeOrder(request.file(), "", FAR, "webcare drill",
                new PrintStream(problems, true, StandardCharsets.UTF_8));
        if (replay.isEmpty()) {
            throw new IncidentException(request.file() + " holds no mentions to replay"
                    + (problems.size() > 0 ? ": " + problems.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("")
                            : ""));
        }
        Instant from = replay.get(0).created();
        Instant to = replay.get(replay.size() - 1).created();
        Run started = new Run(request, clock.instant(), from, to, from, 0, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty());
        current.set(started);
        stopping = false;
        runner = new Thread(() -> replay(started, replay), "webcare-drill");
        runner.setDaemon(true);
        runner.start();
        return started;
    }

    @Override
    public Optional<Run> current() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public void stop() {
        stopping = true;
        Thread running = runner;
        if (running != null) {
            running.interrupt();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stop();
        Thread running = runner;
        if (running != null) {
            running.join(5_000);
        }
    }

    /** The replay itself, on the drill's thread. */
    void replay(Run started, List<Observation> replay) {
        Request request = started.request();
        Detector detector = detectors.create(detectors.settings());
        Run run = started;
        try {
            for (Observation mention : replay) {
                waitUntil(wall(started, mention.created()));
                if (stopping) {
                    break;
                }
                run = signals(run, detector.advanceTo(mention.created()));
                detector.accept(mention);
                run = with(run, mention.created(), run.mentions() + 1);
            }
            if (!stopping) {
                run = signals(run, detector.advanceTo(run.streamTo().plus(Duration.ofMinutes(
                        detectors.settings().bucketMinutes()))));
            }
            finish(run, Optional.empty());
        } catch (IncidentException | RuntimeException e) {
            LOG.log(Level.WARNING, "The drill over " + request.file() + " stopped: " + e.getMessage(), e);
            finish(run, Optional.of(e.getMessage()));
        } catch (InterruptedException e) {
            finish(run, Optional.empty());
        }
    }

    /** When the stream's {@code instant} comes in the drill: from its start, at the chosen speed. */
    private static Instant wall(Run run, Instant instant) {
        long nanos = (long) (Duration.between(run.streamFrom(), instant).toNanos() / run.request().speed());
        return run.startedAt().plusNanos(nanos);
    }

    private void waitUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(clock.instant(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Counts the signals; the first opens the drill incident. */
    private Run signals(Run run, List<Signal> raised) throws IncidentException {
        Run now = run;
        for (Signal signal : raised) {
            long incident;
            if (now.incident().isEmpty()) {
                String language = now.request().language();
                incident = incidents.open(new OpenRequest(title(signal, language), now.request().scenarioId(),
                        Origin.SIGNAL, clock.instant(), Optional.empty(), wall(run, signal.onset()), language, true,
                        Set.of(), evidence(signal, language), List.of(), now.request().by())).id();
            } else {
                incident = now.incident().get();
            }
            now = now.signalled(incident, signal.onset(), signal.detected());
            current.set(now);
        }
        return now;
    }

    private Run with(Run run, Instant streamNow, int mentions) {
        Run moved = run.at(streamNow, mentions);
        current.set(moved);
        return moved;
    }

    private void finish(Run run, Optional<String> failure) {
        current.set(run.ended(failure));
    }

    /** "Oefening: stijging van berichten (storing, betalen)", in the drill's language. */
    private static String title(Signal signal, String language) {
        ResourceBundle texts = texts(language);
        return format(texts, "title", texts.getString("metric." + signal.metric().name()), signal.terms().isEmpty() ? ""
                : " (" + String.join(", ", signal.terms().stream().limit(3).toList()) + ")");
    }

    private static String evidence(Signal signal, String language) {
        ResourceBundle texts = texts(language);
        return format(texts, "evidence", texts.getString("metric." + signal.metric().name()), signal.source(),
                signal.observed(), signal.expected(), String.join(", ", signal.terms()));
    }

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle(DrillRunner.class.getPackageName() + ".drill", Locale.forLanguageTag(language),
                DrillRunner.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
