package webcare.model.plan;

import java.util.Objects;

/**
 * When webcare hands an item or a rise in volume over to the crisis team.
 *
 * @param id          stable id
 * @param description the criterion, e.g. "More than 50 negative mentions in an hour"
 * @param role        the role id it escalates to; null when it goes to the crisis lead
 */
public record EscalationCriterion(String id, String description, String role) {

    public EscalationCriterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
    }
}
