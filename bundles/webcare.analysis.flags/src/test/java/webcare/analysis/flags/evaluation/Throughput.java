package webcare.analysis.flags.evaluation;

import java.util.ArrayList;
import java.util.List;
import webcare.analysis.api.FlagDetector;

/**
 * Texts per second through every detector on one thread: a warm-up, then several rounds, so that
 * a shared machine's noise shows as the spread between the median and the best round.
 */
public final class Throughput {

    private Throughput() {
    }

    /** Texts per second of each round, in the order measured. */
    public static List<Double> rounds(List<FlagDetector> detectors, List<String> texts, long warmUpMillis, int rounds,
            long roundMillis) {
        run(detectors, texts, warmUpMillis);
        List<Double> rates = new ArrayList<>(rounds);
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long done = run(detectors, texts, roundMillis);
            rates.add(done / ((System.nanoTime() - start) / 1e9));
        }
        return rates;
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
