package webcare.launch.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock for tests: it stands still until the test moves it ({@link #set}, {@link #advance}),
 * or, made {@link #ticking}, moves on by a step at every reading. Thread-safe. {@link #withZone} is
 * refused: a test clock stays in UTC.
 */
public final class ManualClock extends Clock {

    private final Duration step;
    private Instant now;

    /** A clock standing at {@code now}. */
    public ManualClock(Instant now) {
        this(now, Duration.ZERO);
    }

    private ManualClock(Instant now, Duration step) {
        this.now = now;
        this.step = step;
    }

    /**
     * A clock {@code step} later at every reading, the first reading {@code step} after
     * {@code start}: so that each save, say, gets its own time, as in use.
     */
    public static ManualClock ticking(Instant start, Duration step) {
        return new ManualClock(start, step);
    }

    /** Moves the clock to {@code instant}, back or forth. */
    public synchronized void set(Instant instant) {
        now = instant;
    }

    /** Moves the clock on by {@code duration}. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(step);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }
}
