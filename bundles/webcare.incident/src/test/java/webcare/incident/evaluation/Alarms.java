package webcare.incident.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import webcare.incident.api.Observation;

/**
 * The two rules the detector is compared with, over all sources together, checked every 5
 * minutes on the hour that just ended; once raised, a rule raises again only after it has been
 * quiet for an hour (as the detector's calm time).
 * <ul>
 * <li>Fixed threshold: at least {@code threshold} mentions in the last hour. A team sets it once;
 * here it is 1.5 times the busiest hour of the first week, as someone would set it after looking
 * at a week.</li>
 * <li>Last hour against the last 12 (our reading of Meltwater's spike alert): at least twice the
 * average hour of the 12 hours before, and at least 10 mentions.</li>
 * </ul>
 */
public final class Alarms {

    static final Duration STEP = Duration.ofMinutes(5);
    static final int STEPS_PER_HOUR = 12;

    private Alarms() {}

    /** Mentions per 5 minutes from {@code start}. */
    static int[] counts(List<Observation> mentions, Instant start, Instant end) {
        int[] counts = new int[(int) (Duration.between(start, end).toMinutes() / 5) + 1];
        for (Observation mention : mentions) {
            long step = Duration.between(start, mention.created()).toMinutes() / 5;
            if (step >= 0 && step < counts.length) {
                counts[(int) step]++;
            }
        }
        return counts;
    }

    /** 1.5 times the busiest clock hour of the first 7 days. */
    public static int fixedThreshold(List<Observation> mentions, Instant start) {
        int[] counts = counts(mentions, start, start.plus(Duration.ofDays(7)));
        int busiest = 0;
        for (int hour = 0; hour + STEPS_PER_HOUR <= counts.length; hour += STEPS_PER_HOUR) {
            busiest = Math.max(busiest, sum(counts, hour, hour + STEPS_PER_HOUR));
        }
        return (int) Math.ceil(1.5 * busiest);
    }

    /** When the fixed threshold raises, from {@code from} on. */
    public static List<Instant> fixed(List<Observation> mentions, Instant start, Instant from, Instant end,
            int threshold) {
        int[] counts = counts(mentions, start, end);
        return raised(start, from, counts, step -> sum(counts, step - STEPS_PER_HOUR + 1, step + 1) >= threshold);
    }

    /** When the last hour against the 12 before raises, from {@code from} on. */
    public static List<Instant> lastHourVsTwelve(List<Observation> mentions, Instant start, Instant from, Instant end) {
        int[] counts = counts(mentions, start, end);
        return raised(start, from, counts, step -> {
            int lastHour = sum(counts, step - STEPS_PER_HOUR + 1, step + 1);
            double twelve = sum(counts, step - 13 * STEPS_PER_HOUR + 1, step - STEPS_PER_HOUR + 1) / 12.0;
            return lastHour >= 10 && lastHour >= 2 * twelve;
        });
    }

    private interface Condition {
        boolean holds(int step);
    }

    private static List<Instant> raised(Instant start, Instant from, int[] counts, Condition condition) {
        List<Instant> alarms = new ArrayList<>();
        int firstStep = (int) Math.max(13 * STEPS_PER_HOUR, Duration.between(start, from).toMinutes() / 5);
        boolean raised = false;
        int quiet = 0;
        for (int step = firstStep; step < counts.length; step++) {
            boolean holds = condition.holds(step);
            if (raised) {
                quiet = holds ? 0 : quiet + 1;
                raised = quiet < STEPS_PER_HOUR;
            } else if (holds) {
                raised = true;
                quiet = 0;
                alarms.add(start.plus(STEP.multipliedBy(step + 1L))); // the end of the step
            }
        }
        return alarms;
    }

    private static int sum(int[] counts, int from, int to) {
        int sum = 0;
        for (int i = Math.max(0, from); i < Math.min(to, counts.length); i++) {
            sum += counts[i];
        }
        return sum;
    }
}
