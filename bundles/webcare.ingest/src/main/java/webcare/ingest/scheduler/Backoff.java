package webcare.ingest.scheduler;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Delays after consecutive failures: 30 s, 1 min, 2 min, … up to 30 min, each spread by ±20 % so
 * that many instances failing together (the network went away) do not retry in step.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofMinutes(30);

    private final RandomGenerator random;

    Backoff(RandomGenerator random) {
        this.random = random;
    }

    Duration after(int failures) {
        long base = FIRST.toMillis() << Math.min(Math.max(failures - 1, 0), 16);
        long capped = Math.min(base, MAX.toMillis());
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.round(capped * jitter));
    }
}
