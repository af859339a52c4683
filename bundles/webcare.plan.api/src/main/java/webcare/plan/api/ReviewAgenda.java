package webcare.plan.api;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.plan.Plan;

/** The order in which a review session walks through a plan. */
@ProviderType
public interface ReviewAgenda {

    /**
     * Every item to discuss: first those flagged (by incident evaluations or the last review),
     * then section by section — organisation, people (contact details), roles, tasks, scenarios
     * with their statements, escalation, contact tree, content calendar, fact sheet.
     *
     * @param language the language of titles, lines and flag notes' sources: Dutch for a Dutch
     *                 locale ("nl", "nl-BE"), English for any other; item refs and sections are the
     *                 same in every language. What the plan itself says (names, notes) is never translated.
     */
    List<AgendaItem> agenda(Plan plan, Locale language);
}
