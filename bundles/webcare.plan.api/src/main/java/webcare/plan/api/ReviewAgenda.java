package webcare.plan.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.plan.Plan;

/** The order in which a review session walks through a plan. */
@ProviderType
public interface ReviewAgenda {

    /**
     * Every item to discuss: first those flagged (by incident evaluations or the last review),
     * then section by section — organisation, people (contact details), roles, tasks, scenarios
     * with their statements, escalation, contact tree, content calendar, fact sheet.
     */
    List<AgendaItem> agenda(Plan plan);
}
