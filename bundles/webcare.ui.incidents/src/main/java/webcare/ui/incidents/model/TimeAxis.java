package webcare.ui.incidents.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The visible stretch of time of a timeline, {@code from} to {@code to}, over {@code width}
 * pixels: where an instant is drawn, which instant a pixel shows, zoomed around a point and
 * panned, with tick marks at round local times (a DST day has 23 or 25 hours, and its ticks say
 * so) and the bucket size that keeps volume bars a few pixels wide. Immutable; no SWT.
 */
public record TimeAxis(Instant from, Instant to, int width) {

    public static final Duration SHORTEST = Duration.ofMinutes(10);
    public static final Duration LONGEST = Duration.ofDays(90);
    /** Room a tick label needs, in pixels. */
    static final int TICK_ROOM = 90;
    /** The narrowest volume bar, in pixels. */
    static final int BAR_ROOM = 6;

    private static final List<Duration> TICK_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1),
            Duration.ofDays(2), Duration.ofDays(7));
    private static final int[] BUCKET_SECONDS = {60, 300, 900, 1_800, 3_600, 3 * 3_600, 6 * 3_600, 86_400};

    public TimeAxis {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an axis ends after it begins: " + from + " to " + to);
        }
        width = Math.max(1, width);
    }

    /** The axis that shows {@code start} to {@code end} with a margin, at least {@link #SHORTEST} long. */
    public static TimeAxis fitting(Instant start, Instant end, int width) {
        Duration span = Duration.between(start, end);
        if (span.compareTo(SHORTEST) < 0) {
            span = SHORTEST;
        }
        Duration margin = span.dividedBy(20);
        return new TimeAxis(start.minus(margin), start.plus(span).plus(margin), width);
    }

    public Duration span() {
        return Duration.between(from, to);
    }

    /** The pixel of {@code instant} (outside 0..width when not shown). */
    public int x(Instant instant) {
        double share = (double) Duration.between(from, instant).toMillis() / span().toMillis();
        return (int) Math.round(share * width);
    }

    /** The instant at pixel {@code x}. */
    public Instant at(int x) {
        return from.plusMillis(Math.round((double) x / width * span().toMillis()));
    }

    public TimeAxis resized(int newWidth) {
        return new TimeAxis(from, to, newWidth);
    }

    /**
     * Zoomed by {@code factor} (above 1 shows less time) keeping the instant under {@code x} where
     * it is; the span stays between {@link #SHORTEST} and {@link #LONGEST}.
     */
    public TimeAxis zoomed(double factor, int x) {
        long spanMillis = span().toMillis();
        long wanted = Math.round(spanMillis / factor);
        wanted = Math.max(SHORTEST.toMillis(), Math.min(LONGEST.toMillis(), wanted));
        Instant anchor = at(x);
        double share = (double) x / width;
        Instant start = anchor.minusMillis(Math.round(share * wanted));
        return new TimeAxis(start, start.plusMillis(wanted), width);
    }

    /** Moved by {@code pixels}: positive shows later time. */
    public TimeAxis panned(int pixels) {
        long millis = Math.round((double) pixels / width * span().toMillis());
        return new TimeAxis(from.plusMillis(millis), to.plusMillis(millis), width);
    }

    /** A tick: where, and whether it starts a new day (so its label shows the date). */
    public record Tick(Instant at, boolean newDay) {}

    /**
     * Ticks at round local times in {@code zone}, far enough apart for their labels: every 1, 5,
     * 10, 15 or 30 minutes, 1, 2, 3, 6 or 12 hours, or 1, 2 or 7 days.
     */
    public List<Tick> ticks(ZoneId zone) {
        Duration step = TICK_STEPS.get(TICK_STEPS.size() - 1);
        for (Duration candidate : TICK_STEPS) {
            if ((double) candidate.toMillis() / span().toMillis() * width >= TICK_ROOM) {
                step = candidate;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime local = from.atZone(zone);
        if (step.toDays() >= 1) {
            ZonedDateTime day = local.truncatedTo(ChronoUnit.DAYS);
            for (; !day.toInstant().isAfter(to); day = day.plusDays(step.toDays())) {
                if (!day.toInstant().isBefore(from)) {
                    ticks.add(new Tick(day.toInstant(), true));
                }
            }
            return ticks;
        }
        // round local wall times: the hour the clocks skip has no tick, the hour they repeat has two
        ZonedDateTime midnight = local.truncatedTo(ChronoUnit.DAYS);
        for (LocalDateTime wall = midnight.toLocalDateTime(); !wall.atZone(zone).toInstant().isAfter(to);
                wall = wall.plus(step)) {
            for (ZoneOffset offset : zone.getRules().getValidOffsets(wall)) {
                Instant at = wall.toInstant(offset);
                if (!at.isBefore(from) && !at.isAfter(to)) {
                    ticks.add(new Tick(at, wall.toLocalTime().equals(LocalTime.MIDNIGHT)));
                }
            }
        }
        ticks.sort((a, b) -> a.at().compareTo(b.at()));
        return ticks;
    }

    /** The volume bucket for this zoom: the shortest of 1, 5, 15, 30 minutes, 1, 3, 6 hours or a day at least a few pixels wide. */
    public int bucketSeconds() {
        for (int seconds : BUCKET_SECONDS) {
            if ((double) seconds * 1000 / span().toMillis() * width >= BAR_ROOM) {
                return seconds;
            }
        }
        return BUCKET_SECONDS[BUCKET_SECONDS.length - 1];
    }
}
