package webcare.model.plan;

import java.util.Objects;

/**
 * What a review session decided about one item.
 *
 * @param item    the item, as an {@link ItemRef} text ("role:spokesperson")
 * @param outcome confirmed as it is, changed during the session, or flagged for follow-up
 * @param note    what was changed or what must be done; null when none
 */
public record ReviewItem(String item, Outcome outcome, String note) {

    /** What the session decided. */
    public enum Outcome {
        CONFIRMED,
        CHANGED,
        FLAGGED
    }

    public ReviewItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(outcome, "outcome");
    }
}
