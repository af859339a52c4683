package webcare.analysis.flags.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import webcare.analysis.api.FlagDetector;

/**
 * Texts per second through every detector on one thread: a warm-up, then several rounds. Each
 * round counts per second of the thread's own CPU time (what one core does, whatever else the
 * machine runs) and per second of wall-clock time (what a user waits, on this machine now).
 */
public final class Throughput {

    /** One round: texts per CPU second of the measuring thread, and per wall-clock second. */
    public record Round(double perCpuSecond, double perWallSecond) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Throughput() {
    }

    public static List<Round> rounds(List<FlagDetector> detectors, List<String> texts, long warmUpMillis, int rounds,
            long roundMillis) {
        run(detectors, texts, warmUpMillis);
        List<Round> measured = new ArrayList<>(rounds);
        for (int round = 0; round < rounds; round++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long done = run(detectors, texts, roundMillis);
            measured.add(new Round(done / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9),
                    done / ((System.nanoTime() - wall) / 1e9)));
        }
        return measured;
    }

    private static long run(List<FlagDetector> detectors, List<String> texts, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long done = 0;
        int flags = 0;
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                for (FlagDetector detector : detectors) {
                    flags += detector.detect(text, "nl").size();
                }
                done++;
            }
        }
        if (flags < 0) {
            throw new AssertionError("unreachable: keeps the results alive");
        }
        return done;
    }
}
