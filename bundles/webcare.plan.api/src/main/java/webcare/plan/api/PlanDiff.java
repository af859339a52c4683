package webcare.plan.api;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.plan.Plan;

/** What changed between two plans: people, role assignments, tasks, scenarios, statements, … */
@ProviderType
public interface PlanDiff {

    /**
     * The differences from {@code before} to {@code after}, in plan order; empty when equal.
     *
     * @param language the language of each change's label, values and text: Dutch for a Dutch
     *                 locale ("nl", "nl-BE"), English for any other; item refs and field names are
     *                 the same in every language
     */
    List<Change> diff(Plan before, Plan after, Locale language);
}
