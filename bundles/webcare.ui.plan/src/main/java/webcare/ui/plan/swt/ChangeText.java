package webcare.ui.plan.swt;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import webcare.plan.api.Change;

/**
 * Changes and times as the editor shows them: grouped by the element they are about, field names
 * in the window's language (falling back to the JSON name for a field the texts do not know), and
 * times in Amsterdam local time whatever the computer's zone.
 */
final class ChangeText {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ChangeText() {}

    /** The changes per element label, in the order the elements first appear. */
    static Map<String, List<Change>> byLabel(List<Change> changes) {
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        for (Change change : changes) {
            groups.computeIfAbsent(change.label(), label -> new ArrayList<>()).add(change);
        }
        return groups;
    }

    /** What changed, without the element's label: "added", "phone: 06 1 → 06 2". */
    static String line(Change change, ResourceBundle texts) {
        return switch (change.kind()) {
            case ADDED -> texts.getString("change.added");
            case REMOVED -> texts.getString("change.removed");
            case CHANGED -> MessageFormat.format(texts.getString("change.changed"), field(change.field(), texts),
                    value(change.before(), texts), value(change.after(), texts));
        };
    }

    private static String value(String value, ResourceBundle texts) {
        return value == null || value.isBlank() ? texts.getString("change.none") : value;
    }

    /** The field's name for people; its JSON name when the texts have none. */
    static String field(String jsonName, ResourceBundle texts) {
        if (jsonName == null) {
            return "";
        }
        try {
            return texts.getString("field." + jsonName);
        } catch (MissingResourceException e) {
            return jsonName;
        }
    }

    /** "24-11-2026 14:05", Amsterdam time. */
    static String when(Instant at, Locale locale) {
        return at == null ? "" : WHEN.withLocale(locale).format(at.atZone(ZONE));
    }

    /** "14:05", Amsterdam time. */
    static String clock(Instant at) {
        return at == null ? "?" : CLOCK.format(at.atZone(ZONE));
    }
}
