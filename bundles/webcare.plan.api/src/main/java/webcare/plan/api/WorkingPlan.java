package webcare.plan.api;

import java.time.Instant;
import java.util.Objects;
import webcare.model.plan.Plan;

/**
 * The working plan as stored.
 *
 * @param plan     the plan
 * @param revision increases with every save; 0 for a plan never saved
 * @param savedAt  when it was saved; null for revision 0
 * @param savedBy  who saved it; null for revision 0
 */
public record WorkingPlan(Plan plan, long revision, Instant savedAt, String savedBy) {

    public WorkingPlan {
        Objects.requireNonNull(plan, "plan");
    }
}
