package webcare.incident.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.Observation;
import webcare.incident.detect.RhythmDetector;
import webcare.incident.streams.Replay;
import webcare.incident.streams.Traffic;

/**
 * How many mentions a second one detector takes in a replay: {@code advanceTo} and {@code accept}
 * per mention, over a generated stream made before timing (with conversations and a crisis, so
 * signals and their evidence are part of it). Rates per second of the process's CPU time (the
 * thread, the garbage collector and the compiler) and of the wall clock; warm-up rounds first.
 * Run by {@code bench/detect-speed.sh}.
 */
public final class DetectionSpeed {

    private DetectionSpeed() {}

    public static void main(String[] args) {
        double perDay = args.length > 0 ? Double.parseDouble(args[0]) : 50_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Instant start = DetectionEvaluation.START;
        Traffic traffic = Traffic.ordinary(1, start, Duration.ofDays(days), perDay).generate()
                .crisis(start.plus(Duration.ofDays(days / 2)).plus(Duration.ofHours(10)), Duration.ofHours(2), 6, 0.7,
                        null);
        List<Observation> mentions = traffic.mentions();
        System.out.printf(Locale.ROOT, "# Crisis detection: speed, %s%n%n%,d mentions (%,.0f a day for %d days, with"
                + " conversations and a crisis), one detector, one thread; %s %s, %d cores visible%n%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), mentions.size(), perDay, days,
                System.getProperty("java.vm.name"), Runtime.version(), Runtime.getRuntime().availableProcessors());
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            round(mentions, traffic.end());
        }
        List<double[]> measured = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            measured.add(round(mentions, traffic.end()));
        }
        System.out.println("| round | signals | wall s | process CPU s | thread CPU s | mentions/s (process CPU) |"
                + " mentions/s (wall) |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int round = 0; round < measured.size(); round++) {
            double[] m = measured.get(round);
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.3f | %.3f | %.3f | %,.0f | %,.0f |%n", round + 1, m[0], m[1],
                    m[2], m[3], mentions.size() / m[2], mentions.size() / m[1]);
        }
        List<Double> cpu = measured.stream().map(m -> mentions.size() / m[2]).sorted().toList();
        List<Double> wall = measured.stream().map(m -> mentions.size() / m[1]).sorted().toList();
        System.out.printf(Locale.ROOT, "%nMedian %,.0f mentions per second of process CPU time (best %,.0f); %,.0f per"
                + " second of wall-clock time (best %,.0f). Target: 100,000.%n", cpu.get(cpu.size() / 2),
                cpu.get(cpu.size() - 1), wall.get(wall.size() / 2), wall.get(wall.size() - 1));
    }

    /** One replay: signals, wall seconds, process CPU seconds, thread CPU seconds. */
    private static double[] round(List<Observation> mentions, Instant end) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long wall = System.nanoTime();
        long process = system.getProcessCpuTime();
        long thread = threads.getCurrentThreadCpuTime();
        int signals = Replay.play(new RhythmDetector(DetectorSettings.DEFAULTS), mentions, end).size();
        return new double[] {signals, (System.nanoTime() - wall) / 1e9, (system.getProcessCpuTime() - process) / 1e9,
                (threads.getCurrentThreadCpuTime() - thread) / 1e9};
    }
}
