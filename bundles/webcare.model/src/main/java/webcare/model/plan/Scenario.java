package webcare.model.plan;

import java.util.List;
import java.util.Objects;

/**
 * A kind of crisis the plan prepares for (product defect, data leak, service outage, …).
 *
 * @param id          stable id, unique among scenarios
 * @param name        what it is called
 * @param severity    how bad, 1 (minor) to 4 (critical)
 * @param description how to recognise it; null when not given
 * @param roles       role ids it activates
 * @param tasks       task ids it activates; empty means every task of its roles
 * @param statements  holding statements and update templates, per language
 */
public record Scenario(String id, String name, int severity, String description, List<String> roles,
        List<String> tasks, List<Statement> statements) {

    public static final int MIN_SEVERITY = 1;
    public static final int MAX_SEVERITY = 4;

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        tasks = List.copyOf(tasks);
        statements = List.copyOf(statements);
    }
}
