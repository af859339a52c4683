package webcare.triage.api;

import java.util.Objects;
import webcare.model.Mention;
import webcare.model.plan.Plan;

/**
 * Everything triage needs for one mention.
 *
 * @param mention  the mention (required)
 * @param analysis its analysis (required)
 * @param plan     the crisis plan whose fact sheet and people the mention is checked against;
 *                 {@link Plan#empty} when there is none. Pass the same instance for a stream: the
 *                 engine prepares a plan once per instance
 * @param context  what is known around the mention (required); the engine also tells it the outcome
 */
public record TriageInput(Mention mention, Analysis analysis, Plan plan, TriageContext context) {

    public TriageInput {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(context, "context");
    }
}
