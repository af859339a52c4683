package webcare.model.plan;

import java.util.Objects;

/**
 * The organisation the plan is for.
 *
 * @param name    its name, as statements and printouts show it
 * @param website its public website; null when not given
 * @param notes   anything else worth printing on the cover; null when none
 */
public record Organisation(String name, String website, String notes) {

    public Organisation {
        Objects.requireNonNull(name, "name");
    }
}
