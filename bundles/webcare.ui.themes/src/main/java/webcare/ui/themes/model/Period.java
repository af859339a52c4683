package webcare.ui.themes.model;

import java.time.Duration;
import java.time.Instant;

/** The periods the view compares: the last 24 hours, 7 days or 30 days, each with the one before. */
public enum Period {
    DAY(Duration.ofHours(24)),
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30));

    private final Duration length;

    Period(Duration length) {
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    /** The period ending at {@code end}: [end − length, end). */
    public Window endingAt(Instant end) {
        return new Window(end.minus(length), end);
    }

    /** A half-open span of time [from, to). */
    public record Window(Instant from, Instant to) {

        /** The window of the same length just before this one. */
        public Window previous() {
            return new Window(from.minus(Duration.between(from, to)), from);
        }
    }
}
