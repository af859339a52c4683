package webcare.ui.incidents.swt;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import webcare.model.plan.CalendarRule;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Measures;
import webcare.response.api.TimelineEntry;
import webcare.ui.api.DisplayFormats;
import webcare.ui.api.WorkbenchView;
import webcare.ui.incidents.model.Lane;
import webcare.ui.incidents.model.TimeAxis;

/** The view's texts in the window's language, and its numbers, times and durations. */
final class Words {

    private final ResourceBundle texts;
    private final Locale locale;
    private final DisplayFormats formats;

    Words(Locale locale) {
        this.texts = WorkbenchView.texts(IncidentsView.class, locale);
        this.locale = locale;
        this.formats = DisplayFormats.of(locale);
    }

    Locale locale() {
        return locale;
    }

    DisplayFormats formats() {
        return formats;
    }

    String get(String key) {
        return texts.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** "Alt+V" for "&Volgende status: {0}". */
    String mnemonic(String key) {
        String label = get(key);
        int at = label.indexOf('&');
        return at < 0 || at + 1 >= label.length() ? "" : "Alt+" + Character.toUpperCase(label.charAt(at + 1));
    }

    /** "Tijd tot signalering 10 min · erkenning 25 min · eerste update — · opgelost —". */
    String measures(Measures measures) {
        return format("measures", duration(Optional.of(measures.toDetect())), duration(measures.toAcknowledge()),
                duration(measures.toFirstUpdate()), duration(measures.toResolve()));
    }

    /** "25 min", "2 u 5 min" / "2 h 5 min", or "—" when it has not happened. */
    private String duration(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return "\u2014";
        }
        long minutes = duration.get().toMinutes();
        return minutes < 60 ? format("minutes", minutes) : format("hoursMinutes", minutes / 60, minutes % 60);
    }

    String metric(String metric) {
        return get("metric." + metric);
    }

    String count(long count) {
        return formats.number(count);
    }

    String status(IncidentStatus status) {
        return get("status." + status.name());
    }

    String lane(Lane lane) {
        return get("lane." + lane.name());
    }

    /** "15 min", "1 uur", "6 uur", "1 dag" for a bucket of {@code seconds}. */
    String bucket(int seconds) {
        if (seconds < 3_600) {
            return format("bucket.minutes", seconds / 60);
        }
        return seconds < 86_400 ? format("bucket.hours", seconds / 3_600) : format("bucket.days", seconds / 86_400);
    }

    /** "14:00", or the date at the first tick of a day. */
    String tick(TimeAxis.Tick tick) {
        return tick.newDay() ? formats.date(tick.at().atZone(formats.zone()).toLocalDate()) : formats.time(tick.at());
    }

    /** "Pauzeren: Geplande acties (tot …)": a content-calendar rule as a line of the checklist. */
    String calendarRule(CalendarRule rule) {
        return get("calendar." + rule.action().name()) + ": " + rule.what() + (rule.note() == null ? "" : " (" + rule.note() + ")");
    }

    /** The label of a status entry: its new status in the window's language, else what its text says after the arrow. */
    String shortText(TimelineEntry entry) {
        if (entry.status().isPresent()) {
            return status(entry.status().get());
        }
        String text = entry.text();
        int arrow = text.indexOf('\u2192');
        String after = arrow < 0 ? text.substring(text.indexOf(':') + 1) : text.substring(arrow + 1);
        int colon = after.indexOf(':');
        return (colon < 0 ? after : after.substring(0, colon)).strip();
    }
}
