package webcare.ui.plan.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import webcare.plan.api.Change;
import webcare.plan.api.ExportContext;
import webcare.ui.api.DisplayFormats;

/**
 * Changes and times as the editor shows them: grouped by the element they are about (each change
 * says itself what changed, in the language the diff was asked for: {@link Change#text()}), and
 * times in Amsterdam local time whatever the computer's zone.
 */
public final class ChangeText {

    public static final ZoneId ZONE = ExportContext.PLAN_ZONE;

    private ChangeText() {}

    /** The changes per element label, in the order the elements first appear. */
    public static Map<String, List<Change>> byLabel(List<Change> changes) {
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        for (Change change : changes) {
            groups.computeIfAbsent(change.label(), label -> new ArrayList<>()).add(change);
        }
        return groups;
    }

    /** "24-11-2026 14:05" / "24 Nov 2026 14:05", Amsterdam time. */
    public static String when(Instant at, Locale locale) {
        return at == null ? "" : new DisplayFormats(locale, ZONE).dateTime(at);
    }

    /** "14:05", Amsterdam time. */
    public static String clock(Instant at) {
        return at == null ? "?" : new DisplayFormats(Locale.ROOT, ZONE).time(at);
    }
}
