package webcare.plan.index;

/** Minutes as people read them in a plan: "45 min", "1 h", "1 h 30 min"; in Dutch "1 uur 30 min". */
public final class Durations {

    private Durations() {}

    /** {@code 90} → "1 h 30 min" (English), "1 uur 30 min" (Dutch). */
    public static String minutes(int minutes, Texts texts) {
        // as text, not as numbers: "1500 h", never "1,500 h"
        String hours = Integer.toString(minutes / 60);
        String rest = Integer.toString(minutes % 60);
        if (minutes < 60) {
            return texts.format("duration.minutes", rest);
        }
        return minutes % 60 == 0 ? texts.format("duration.hours", hours)
                : texts.format("duration.hoursMinutes", hours, rest);
    }

    /**
     * When a task is due: "within 1 h", "every 2 h", "within 1 h, then every 2 h", or "no target
     * time"; in Dutch "binnen 1 uur, daarna elke 2 uur".
     */
    public static String timing(Integer targetMinutes, Integer repeatMinutes, Texts texts) {
        if (targetMinutes == null && repeatMinutes == null) {
            return texts.format("timing.none");
        }
        if (repeatMinutes == null) {
            return texts.format("timing.within", minutes(targetMinutes, texts));
        }
        if (targetMinutes == null) {
            return texts.format("timing.every", minutes(repeatMinutes, texts));
        }
        return texts.format("timing.withinThenEvery", minutes(targetMinutes, texts), minutes(repeatMinutes, texts));
    }
}
