package webcare.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import webcare.model.plan.Durations;
import webcare.model.plan.Task;

/**
 * The words of a document in one language: {@code messages.properties} (English) or
 * {@code messages_nl.properties} (Dutch), plus dates and target times written the way readers
 * of that language expect them.
 */
final class Labels {

    private final Locale locale;
    private final ResourceBundle texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Labels(Locale locale) {
        this.locale = locale;
        // Never the JVM's default locale: on a Dutch machine an English export must stay English.
        this.texts = ResourceBundle.getBundle(Labels.class.getPackageName() + ".messages", locale,
                Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        this.dateTime = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", locale);
    }

    static Labels of(Locale locale) {
        return new Labels(locale);
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code key} as it stands. */
    String text(String key) {
        return texts.getString(key);
    }

    /**
     * The text of {@code key} as a {@link MessageFormat} pattern filled with {@code args}. Where
     * the pattern ends a sentence right after an argument ("… van {0}.") and the argument already
     * ends in a full stop, question or exclamation mark or ellipsis ("Kwiek B.V."), the pattern's
     * full stop is left out: never "Kwiek B.V..".
     */
    String format(String key, Object... args) {
        String pattern = texts.getString(key);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String text && endsSentence(text)) {
                pattern = pattern.replace("{" + i + "}.", "{" + i + "}");
            }
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private static boolean endsSentence(String text) {
        String end = text.stripTrailing();
        return !end.isEmpty() && ".!?…".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    /** "12 maart 2026" / "12 March 2026". */
    String date(LocalDate day) {
        return date.format(day);
    }

    /** "12 maart 2026, 14:05" in {@code zone}. */
    String dateTime(Instant at, ZoneId zone) {
        return dateTime.format(at.atZone(zone));
    }

    /**
     * When a task is due: "binnen 1 uur", "binnen 15 min, daarna elke 2 uur", "within 1 h",
     * "every 2 h"; "geen streeftijd" when it has none.
     */
    String target(Task task) {
        Integer target = task.targetMinutes();
        Integer repeat = task.repeatMinutes();
        String within = target == null ? null
                : target == 0 ? text("time.immediately") : format("time.within", duration(target));
        if (repeat == null || repeat <= 0) {
            return within == null ? text("time.none") : within;
        }
        return within == null ? format("time.every", duration(repeat))
                : format("time.thenEvery", within, duration(repeat));
    }

    /**
     * A span of minutes in the largest whole unit: "15 min", "1 uur", "1 uur 30 min", "2 dagen".
     * Number and unit are joined by no-break spaces, so a printed line never ends in "elke 2".
     */
    String duration(int minutes) {
        return Durations.format(minutes, locale).replace(' ', Report.NO_BREAK);
    }

    /** "Nederlands" / "Dutch" for "nl"; the code itself when Java does not know it. */
    String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
