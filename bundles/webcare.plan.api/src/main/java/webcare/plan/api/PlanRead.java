package webcare.plan.api;

import java.util.List;
import java.util.Objects;
import webcare.model.plan.Plan;

/**
 * A plan read from a file, with what the reader assumed on the way.
 *
 * @param plan  the plan, never null
 * @param notes one per assumption, in the order of the file; empty for a canonical file
 */
public record PlanRead(Plan plan, List<PlanNote> notes) {

    public PlanRead {
        Objects.requireNonNull(plan, "plan");
        notes = List.copyOf(notes);
    }
}
