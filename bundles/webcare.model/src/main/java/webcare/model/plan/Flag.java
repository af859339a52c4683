package webcare.model.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item someone wants looked at in the next review, e.g. from an incident's evaluation.
 *
 * @param item   what it is about, as a reference ("role:spokesperson", "person:anna-de-vries",
 *               "scenario:data-leak", "task:acknowledge"); see {@link ItemRef}
 * @param note   what should change or be checked
 * @param source where it came from, e.g. "Evaluation of the outage of 3 March"
 * @param raised when
 */
public record Flag(String item, String note, String source, LocalDate raised) {

    public Flag {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(raised, "raised");
    }
}
