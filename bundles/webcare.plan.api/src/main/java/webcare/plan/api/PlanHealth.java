package webcare.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.plan.Plan;

/** Checks a plan for what would hurt in a crisis: missing deputies, unreachable people, an old review. */
@ProviderType
public interface PlanHealth {

    /**
     * Every finding, errors first, then in plan order; empty for a healthy plan.
     *
     * @param today    the day the check is made on, for the review dates
     * @param language the language of the messages: Dutch for a Dutch locale ("nl", "nl-BE"),
     *                 English for any other; codes and item refs are the same in every language
     */
    List<Finding> check(Plan plan, LocalDate today, Locale language);
}
