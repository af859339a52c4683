package webcare.plan.api;

import java.util.List;
import java.util.Objects;

/**
 * One item of a review session. Titles, lines and flags are in the language the agenda was asked
 * for; {@code item} and {@code section} are the same in every language.
 *
 * @param item    the element, as an ItemRef text
 * @param section the section it belongs to (ItemRef kind word: "person", "role", …)
 * @param title   its heading for people, e.g. "Spokesperson"
 * @param lines   what to read out: the element's details, one line each ("Phone: …", "Telefoon: …")
 * @param flags   notes of the flags raised about it, with their sources; empty when none
 */
public record AgendaItem(String item, String section, String title, List<String> lines, List<String> flags) {

    public AgendaItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        flags = List.copyOf(flags);
    }

    /** Whether the item was flagged, and so comes first. */
    public boolean flagged() {
        return !flags.isEmpty();
    }
}
