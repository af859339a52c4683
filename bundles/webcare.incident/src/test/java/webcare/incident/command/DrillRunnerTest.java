package webcare.incident.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.incident.api.Observation;
import webcare.incident.streams.Traffic;
import webcare.response.api.Drills;
import webcare.response.api.Incident;
import webcare.response.api.IncidentException;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Incidents;
import webcare.response.api.OpenRequest;
import webcare.source.file.FileMentionReader;

/** A drill over three generated days with a crisis, replayed as fast as it goes, with the incident flow recorded. */
class DrillRunnerTest {

    @TempDir
    Path folder;

    private final List<OpenRequest> opened = new ArrayList<>();

    /** The incidents service as far as a drill uses it: it opens, and the request is kept. */
    private Incidents incidents() {
        return (Incidents) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Incidents.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("open")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    OpenRequest request = (OpenRequest) args[0];
                    opened.add(request);
                    return new Incident(opened.size(), request.title(), request.scenarioId(), "", 0, request.origin(),
                            IncidentStatus.DETECTED, request.detected(), request.reported(), request.started(),
                            request.detected(), request.by(), request.language(), request.drill(), List.of(), List.of(),
                            60, Optional.empty(), Optional.empty(), 0, Optional.empty(), List.of(), Set.of());
                });
    }

    private Path file() throws Exception {
        List<Observation> mentions = Traffic.ordinary(5, DetectCommandTest.MONDAY, Duration.ofDays(3), 500).generate()
                .crisis(DetectCommandTest.ONSET, Duration.ofHours(2), 6, 0.7, null).mentions();
        List<String> lines = new ArrayList<>();
        for (Observation mention : mentions) {
            lines.add(DetectCommandTest.json(mention.source(), mention.id(), mention.created().toString(),
                    mention.author(), mention.followers(), mention.text()));
        }
        return Files.write(folder.resolve("drill.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void opensOneDrillIncidentAtTheFirstSignalWithItsOnsetOnTheWallClock() throws Exception {
        DrillRunner drills = new DrillRunner(DetectCommandTest.DETECTORS, new MentionReplay(new FileMentionReader(),
                new Polarity(DetectCommandTest.ANALYSER, null)), incidents(), Clock.systemUTC());
        Instant before = Instant.now();

        Drills.Run started = drills.start(new Drills.Request(file(), 1e9, Optional.of("storing"), "nl", "anna"));
        assertThat(started.streamFrom()).isAfterOrEqualTo(DetectCommandTest.MONDAY);
        assertThatThrownBy(() -> drills.start(new Drills.Request(file(), 1e9, Optional.empty(), "nl", "anna")))
                .isInstanceOf(IncidentException.class).hasMessage("A drill is running already: stop it first");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!drills.current().orElseThrow().finished() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        Drills.Run run = drills.current().orElseThrow();
        assertThat(run.finished()).isTrue();
        assertThat(run.failure()).isEmpty();
        assertThat(run.signals()).isPositive();
        assertThat(opened).as("one incident, however many signals").hasSize(1);
        OpenRequest request = opened.get(0);
        assertThat(request.drill()).isTrue();
        assertThat(request.scenarioId()).contains("storing");
        assertThat(request.title()).startsWith("Oefening: stijging van ");
        assertThat(request.evidence()).startsWith("Oefensignaal: ");
        assertThat(request.started()).as("the onset, moved to the wall clock").isAfterOrEqualTo(before.minusSeconds(1))
                .isBeforeOrEqualTo(request.detected());
        assertThat(run.streamOnset().orElseThrow()).isBetween(DetectCommandTest.ONSET.minus(Duration.ofMinutes(15)),
                DetectCommandTest.ONSET.plus(Duration.ofMinutes(15)));
        assertThat(Duration.between(run.streamOnset().orElseThrow(), run.streamDetected().orElseThrow()))
                .isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anEmptyFileIsRefusedWithItsName() throws Exception {
        DrillRunner drills = new DrillRunner(DetectCommandTest.DETECTORS, new MentionReplay(new FileMentionReader(),
                new Polarity(DetectCommandTest.ANALYSER, null)), incidents(), Clock.systemUTC());
        Path empty = Files.writeString(folder.resolve("empty.jsonl"), "");

        assertThatThrownBy(() -> drills.start(new Drills.Request(empty, 60, Optional.empty(), "nl", "anna")))
                .isInstanceOf(IncidentException.class).hasMessage(empty + " holds no mentions to replay");
    }
}
