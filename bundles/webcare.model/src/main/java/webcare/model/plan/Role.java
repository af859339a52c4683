package webcare.model.plan;

import java.util.List;
import java.util.Objects;

/**
 * A responsibility in a crisis (crisis lead, spokesperson, webcare lead, legal, …).
 *
 * @param id          stable id, unique among roles
 * @param name        what the role is called
 * @param critical    whether the crisis cannot be run without it (then it must have a deputy, and
 *                    its primary must not hold another critical role)
 * @param primary     the person id of who holds it; null when nobody does yet
 * @param deputies    person ids of who stands in, in order
 * @param description what the role is for; null when not given
 * @param tasks       its checklist, in order
 */
public record Role(String id, String name, boolean critical, String primary, List<String> deputies,
        String description, List<Task> tasks) {

    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        deputies = List.copyOf(deputies);
        tasks = List.copyOf(tasks);
    }
}
