package webcare.ui.plan.model;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target times as people write them ("1 h 30 min", "1u30", "90", "1:30", "1,5 uur") and back.
 * Both Dutch and English units are read whatever the language of the window, because a manager
 * types what comes naturally.
 */
public final class Durations {

    /** A week: a longer target time is a typing error, not a plan. */
    public static final int MAX_MINUTES = 7 * 24 * 60;

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{2})");
    private static final Pattern PART = Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?)\\s*([a-z]*)\\.?\\s*(?:en|and|,)?");

    private Durations() {}

    /**
     * The minutes {@code text} stands for; empty when it is blank or cannot be read. A bare number
     * is minutes, except right after hours ("1u30", "1 h 30") where it is the minutes of that hour.
     */
    public static OptionalInt minutes(String text) {
        String input = text.strip().toLowerCase(Locale.ROOT);
        if (input.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher clock = CLOCK.matcher(input);
        if (clock.matches()) {
            int minutes = Integer.parseInt(clock.group(2));
            return minutes < 60 ? within(Integer.parseInt(clock.group(1)) * 60L + minutes) : OptionalInt.empty();
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
            case "" -> previousUnit == 60 ? 1 : previousUnit == 1440 ? 60 : previousUnit == 0 ? 1 : 0;
            case "m", "min", "mins", "minuut", "minuten", "minute", "minutes" -> 1;
            case "h", "u", "uur", "uren", "hr", "hrs", "hour", "hours" -> 60;
            case "d", "dag", "dagen", "day", "days" -> 1440;
            default -> 0;
        };
    }

    /**
     * "1 h 30 min" (English) or "1 uur 30 min" (Dutch, as the plan services write it); "45 min";
     * "2 h". Reads back with {@link #minutes}.
     */
    public static String format(int minutes, Locale locale) {
        String hour = "nl".equals(locale.getLanguage()) ? "uur" : "h";
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " " + hour : hours + " " + hour + " " + rest + " min";
    }
}
