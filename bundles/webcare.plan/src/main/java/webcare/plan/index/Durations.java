package webcare.plan.index;

/** Minutes as people read them in a plan: "45 min", "1 h", "1 h 30 min". */
public final class Durations {

    private Durations() {}

    /** {@code 90} → "1 h 30 min". */
    public static String minutes(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return minutes + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** When a task is due: "within 1 h", "every 2 h", "within 1 h, then every 2 h", or "no target time". */
    public static String timing(Integer targetMinutes, Integer repeatMinutes) {
        if (targetMinutes == null && repeatMinutes == null) {
            return "no target time";
        }
        if (repeatMinutes == null) {
            return "within " + minutes(targetMinutes);
        }
        if (targetMinutes == null) {
            return "every " + minutes(repeatMinutes);
        }
        return "within " + minutes(targetMinutes) + ", then every " + minutes(repeatMinutes);
    }
}
