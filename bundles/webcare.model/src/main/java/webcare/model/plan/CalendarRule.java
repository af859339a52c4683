package webcare.model.plan;

import java.util.Objects;

/**
 * What happens to planned content during a crisis.
 *
 * @param id      stable id
 * @param what    which content, e.g. "Scheduled promotional posts on all channels"
 * @param action  what to do with it
 * @param note    why or until when; null when none
 */
public record CalendarRule(String id, String what, Action action, String note) {

    /** What to do with the content. */
    public enum Action {
        PAUSE,
        REVIEW,
        CONTINUE
    }

    public CalendarRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(action, "action");
    }
}
