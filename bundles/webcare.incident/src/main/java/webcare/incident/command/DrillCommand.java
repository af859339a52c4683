package webcare.incident.command;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.response.api.Drills;
import webcare.response.api.IncidentException;
import webcare.response.api.Incidents;
import webcare.response.api.Measures;

/**
 * {@code drill --input FILE --speed N [--scenario S] [--lang nl|en]}: a drill without a window, its
 * progress on standard output while it runs; at the end the delay of detection in the stream's time
 * and the team's times so far (the drill incident stays, to be worked and evaluated).
 */
@Component(service = DrillCommand.class)
@WebcareCommand(function = "drill")
public final class DrillCommand {

    private static final DateTimeFormatter STREAM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final long POLL_MILLIS = 500;

    private final Drills drills;
    private final Incidents incidents;

    @Activate
    public DrillCommand(@Reference Drills drills, @Reference Incidents incidents) {
        this.drills = drills;
        this.incidents = incidents;
    }

    @Descriptor("a drill: a recorded mention file replayed N times faster through the crisis detector; the first "
            + "signal opens a drill incident by the plan (docs/INCIDENTS.md)")
    public void drill(@Descriptor("--input FILE") @Parameter(names = "--input", absentValue = "") String input,
            @Descriptor("--speed N: how many times faster than recorded") @Parameter(names = "--speed", absentValue = "60")
            String speed,
            @Descriptor("--scenario S: the plan's scenario") @Parameter(names = "--scenario", absentValue = "")
            String scenario,
            @Descriptor("--lang nl|en") @Parameter(names = "--lang", absentValue = "nl") String language)
            throws InterruptedException {
        run(input, speed, scenario, language, System.getProperty("user.name", "unknown"), ZoneId.systemDefault(),
                System.out);
    }

    void run(String input, String speed, String scenario, String language, String who, ZoneId zone, PrintStream out)
            throws InterruptedException {
        if (input.isEmpty() || !Files.isRegularFile(Path.of(input))) {
            throw new UsageException("drill needs --input FILE: a mention file (.jsonl or .csv, docs/MENTIONS.md)"
                    + (input.isEmpty() ? "" : "; there is no file " + input));
        }
        double times;
        try {
            times = Double.parseDouble(speed);
        } catch (NumberFormatException e) {
            times = -1;
        }
        if (!(times > 0) || Double.isInfinite(times)) {
            throw new UsageException("--speed must be a number above 0, such as 60 (an hour a minute), not '" + speed + "'");
        }
        if (!language.equals("nl") && !language.equals("en")) {
            throw new UsageException("--lang must be nl or en, not '" + language + "'");
        }
        try {
            Drills.Run run = drills.start(new Drills.Request(Path.of(input), times,
                    scenario.isEmpty() ? Optional.empty() : Optional.of(scenario), language, who));
            out.printf("drill: the stream from %s to %s, %.0f times faster: about %d minutes%n",
                    STREAM.format(run.streamFrom().atZone(zone)), STREAM.format(run.streamTo().atZone(zone)), times,
                    Duration.between(run.streamFrom(), run.streamTo()).toMinutes() / Math.max(1, (long) times));
            int reported = 0;
            while (!run.finished()) {
                Thread.sleep(POLL_MILLIS);
                run = drills.current().orElseThrow();
                if (run.signals() > reported) {
                    reported = run.signals();
                    out.printf("drill: %d signal(s) at stream time %s; drill incident %d%n", run.signals(),
                            STREAM.format(run.streamNow().atZone(zone)), run.incident().orElse(0L));
                }
            }
            out.printf("drill: replayed %d mentions%s%n", run.mentions(),
                    run.failure().map(why -> ", stopped: " + why).orElse(""));
            if (run.incident().isPresent()) {
                long delay = Duration.between(run.streamOnset().orElseThrow(), run.streamDetected().orElseThrow())
                        .toMinutes();
                Measures measures = incidents.measures(run.incident().get());
                out.printf("drill: detected %d minutes after the onset (stream time); incident %d so far: "
                        + "acknowledged %s, first update %s (incident show %d for more)%n", delay, run.incident().get(),
                        minutes(measures.toAcknowledge()), minutes(measures.toFirstUpdate()), run.incident().get());
            } else {
                out.println("drill: the detector raised no signal over this stream");
            }
        } catch (IncidentException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        out.flush();
    }

    private static String minutes(Optional<Duration> duration) {
        return duration.map(each -> "after " + each.toMinutes() + " min").orElse("not yet");
    }
}
