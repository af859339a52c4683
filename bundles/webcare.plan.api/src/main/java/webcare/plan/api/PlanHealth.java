package webcare.plan.api;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.plan.Plan;

/** Checks a plan for what would hurt in a crisis: missing deputies, unreachable people, an old review. */
@ProviderType
public interface PlanHealth {

    /** Every finding, errors first, then in plan order; empty for a healthy plan. */
    List<Finding> check(Plan plan, LocalDate today);
}
