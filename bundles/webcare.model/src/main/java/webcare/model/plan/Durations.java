package webcare.model.plan;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target times as people write them and read them: {@link #format} writes "45 min", "1 h 30 min",
 * "2 days" (Dutch "1 uur 30 min", "2 dagen"); {@link #minutes} reads what a manager types
 * ("1u30", "90", "1:30", "1,5 uur"). Both Dutch and English units are read whatever the language,
 * because people type what comes naturally. Stateless and thread-safe.
 */
public final class Durations {

    /** A week: a longer target time is a typing error, not a plan. */
    public static final int MAX_MINUTES = 7 * 24 * 60;

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{2})");
    private static final Pattern PART = Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?)\\s*([a-z]*)\\.?\\s*(?:en|and|,)?");

    private Durations() {}

    /**
     * {@code minutes} in the largest whole unit, words in Dutch when {@code language}'s language is
     * "nl" and in English otherwise: "45 min", "1 h"/"1 uur", "1 h 30 min"/"1 uur 30 min", and whole
     * days as "1 day"/"2 days"/"1 dag"/"2 dagen". Numbers carry no thousands separator ("1500 h").
     * Joined by plain spaces; reads back with {@link #minutes}.
     *
     * @throws NullPointerException when {@code language} is null
     */
    public static String format(int minutes, Locale language) {
        boolean dutch = "nl".equals(language.getLanguage());
        if (minutes >= DAY && minutes % DAY == 0) {
            int days = minutes / DAY;
            return days + (dutch ? days == 1 ? " dag" : " dagen" : days == 1 ? " day" : " days");
        }
        if (minutes < HOUR) {
            return minutes + " min";
        }
        String hours = minutes / HOUR + (dutch ? " uur" : " h");
        return minutes % HOUR == 0 ? hours : hours + " " + minutes % HOUR + " min";
    }

    /**
     * The minutes {@code text} stands for; empty when it is blank, cannot be read or is longer than
     * {@link #MAX_MINUTES}. A bare number is minutes, except right after hours ("1u30", "1 h 30")
     * where it is the minutes of that hour, and right after days where it is hours.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public static OptionalInt minutes(String text) {
        String input = text.strip().toLowerCase(Locale.ROOT);
        if (input.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher clock = CLOCK.matcher(input);
        if (clock.matches()) {
            int minutes = Integer.parseInt(clock.group(2));
            return minutes < HOUR ? within(Integer.parseInt(clock.group(1)) * (long) HOUR + minutes) : OptionalInt.empty();
        }
        Matcher part = PART.matcher(input);
        double total = 0;
        int position = 0;
        int previousUnit = 0;
        while (position < input.length()) {
            if (!part.find(position) || part.start() != position || part.end() == position) {
                return OptionalInt.empty();
            }
            double number = Double.parseDouble(part.group(1).replace(',', '.'));
            int unit = unit(part.group(2), previousUnit);
            if (unit <= 0 || unit >= previousUnit && previousUnit != 0) {
                return OptionalInt.empty(); // unknown unit, or "30 min 1 h"
            }
            total += number * unit;
            previousUnit = unit;
            position = part.end();
        }
        if (total != Math.rint(total)) {
            return OptionalInt.empty(); // "1,3 min": no such thing in a checklist
        }
        return within((long) total);
    }

    private static OptionalInt within(long minutes) {
        return minutes <= MAX_MINUTES ? OptionalInt.of((int) minutes) : OptionalInt.empty();
    }

    /** Minutes per unit; 0 when unknown. A bare number after hours is minutes, after days hours. */
    private static int unit(String word, int previousUnit) {
        return switch (word) {
            case "" -> previousUnit == HOUR ? 1 : previousUnit == DAY ? HOUR : previousUnit == 0 ? 1 : 0;
            case "m", "min", "mins", "minuut", "minuten", "minute", "minutes" -> 1;
            case "h", "u", "uur", "uren", "hr", "hrs", "hour", "hours" -> HOUR;
            case "d", "dag", "dagen", "day", "days" -> DAY;
            default -> 0;
        };
    }
}
