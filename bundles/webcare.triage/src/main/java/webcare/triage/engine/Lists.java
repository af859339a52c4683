package webcare.triage.engine;

import java.util.ArrayList;
import java.util.List;

/** The comma-separated lists of etc/webcare.triage.cfg (File Install hands every value over as one string). */
final class Lists {

    private Lists() {}

    /** The non-blank entries of {@code value}, stripped; empty for null. */
    static List<String> split(String value) {
        List<String> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        for (String entry : value.split(",")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }
}
