package webcare.plan.index;

import webcare.model.plan.Durations;

/** When a task is due, as a phrase; the durations in it are {@link Durations}' words. */
public final class Timings {

    private Timings() {}

    /**
     * When a task is due: "within 1 h", "every 2 h", "within 1 h, then every 2 h", or "no target
     * time"; in Dutch "binnen 1 uur, daarna elke 2 uur".
     */
    public static String timing(Integer targetMinutes, Integer repeatMinutes, Texts texts) {
        if (targetMinutes == null && repeatMinutes == null) {
            return texts.format("timing.none");
        }
        if (repeatMinutes == null) {
            return texts.format("timing.within", duration(targetMinutes, texts));
        }
        if (targetMinutes == null) {
            return texts.format("timing.every", duration(repeatMinutes, texts));
        }
        return texts.format("timing.withinThenEvery", duration(targetMinutes, texts), duration(repeatMinutes, texts));
    }

    private static String duration(int minutes, Texts texts) {
        return Durations.format(minutes, texts.language());
    }
}
