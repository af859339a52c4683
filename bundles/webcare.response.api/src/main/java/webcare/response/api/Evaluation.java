package webcare.response.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The post-incident review: what happened, what went well, what to improve, the actions that
 * follow (each with an owner and a date), and the plan items to look at in the next annual review
 * ({@code flags}, each an item reference such as "role:woordvoerder" with what should change).
 * Written by {@code by} at {@code at}; a later evaluation of the same incident replaces it on
 * screen, the earlier one stays on the timeline.
 */
public record Evaluation(String whatHappened, String wentWell, String toImprove, List<FollowUp> actions,
        List<PlanFlag> flags, String by, Instant at) {

    /** An action with its owner and the date it is due. */
    public record FollowUp(String what, String owner, LocalDate due) {
        public FollowUp {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(due, "due");
        }
    }

    /** A plan item ("role:woordvoerder", "task:publiek-erkennen", "scenario:storing-webshop") and what should change. */
    public record PlanFlag(String item, String note) {
        public PlanFlag {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(note, "note");
        }
    }

    public Evaluation {
        Objects.requireNonNull(whatHappened, "whatHappened");
        Objects.requireNonNull(wentWell, "wentWell");
        Objects.requireNonNull(toImprove, "toImprove");
        actions = List.copyOf(actions);
        flags = List.copyOf(flags);
    }
}
