package webcare.plan.api;

import java.util.Objects;

/**
 * One difference between two plans.
 *
 * @param item   the element, as an ItemRef text ("role:spokesperson")
 * @param label  the element for people, e.g. "Role Spokesperson" or "Task Acknowledge publicly (Webcare lead)"
 * @param kind   added, removed, or a field changed
 * @param field  the field that changed (JSON name, e.g. "deputies", "phone"); null when added or removed
 * @param before the old value for people; null when added
 * @param after  the new value for people; null when removed
 */
public record Change(String item, String label, Kind kind, String field, String before, String after) {

    /** What kind of difference. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    public Change {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    /** One line for people: "Role Spokesperson: deputies Piet Jansen → Piet Jansen, Eva Bakker". */
    public String describe() {
        return switch (kind) {
            case ADDED -> label + ": added";
            case REMOVED -> label + ": removed";
            case CHANGED -> label + ": " + field + " " + (before == null ? "(none)" : before) + " → "
                    + (after == null ? "(none)" : after);
        };
    }
}
