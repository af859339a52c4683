package webcare.plan.api;

import java.util.Objects;

/**
 * One difference between two plans. {@code item}, {@code kind} and {@code field} are the same in
 * every language; the rest is for people, in the language the diff was asked for.
 *
 * @param item   the element, as an ItemRef text ("role:spokesperson")
 * @param label  the element for people, e.g. "Role Spokesperson", "Rol Woordvoerder" or
 *               "Task Acknowledge publicly (Webcare lead)"
 * @param kind   added, removed, or a field changed
 * @param field  the field that changed (JSON name, e.g. "deputies", "phone"); null when added or removed
 * @param before the old value for people ("1 h", "Piet Jansen"); null when added, or when the field had none
 * @param after  the new value for people; null when removed, or when the field has none now
 * @param text   what changed, for people, without the label: "added", "deputies Piet Jansen →
 *               Piet Jansen, Eva Bakker", "vervangers (geen) → Eva Bakker"
 */
public record Change(String item, String label, Kind kind, String field, String before, String after, String text) {

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
        Objects.requireNonNull(text, "text");
    }

    /** One line for people: "Role Spokesperson: deputies Piet Jansen → Piet Jansen, Eva Bakker". */
    public String describe() {
        return label + ": " + text;
    }
}
