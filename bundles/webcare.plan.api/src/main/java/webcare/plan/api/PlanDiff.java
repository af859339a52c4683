package webcare.plan.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.plan.Plan;

/** What changed between two plans: people, role assignments, tasks, scenarios, statements, … */
@ProviderType
public interface PlanDiff {

    /** The differences from {@code before} to {@code after}, in plan order; empty when equal. */
    List<Change> diff(Plan before, Plan after);
}
