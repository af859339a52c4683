package webcare.response.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.store.api.IncidentRepository.Assignment;
import webcare.store.api.IncidentRepository.IncidentTask;

/**
 * What a scenario of the crisis plan activates for an incident that started at {@code started}:
 * its roles, each held by its primary or, when the primary is unavailable, by the first available
 * deputy; its tasks (the listed ones, or every task of its roles), due counted from the start; and
 * the cadence of public updates. No SWT, no store: the plan in, records out.
 */
public record Activation(Scenario scenario, List<Assignment> roles, List<IncidentTask> tasks, int updateMinutes,
        List<String> unstaffed) {

    /** A task without a target time is due this long after the start (the plan check reports it). */
    static final Duration DEFAULT_TARGET = Duration.ofMinutes(60);
    /** Public updates this often when no task of the scenario repeats. */
    static final int DEFAULT_UPDATE_MINUTES = 60;

    public static Activation of(Plan plan, Scenario scenario, Set<String> unavailable, Instant started) {
        List<Assignment> roles = new ArrayList<>();
        List<IncidentTask> tasks = new ArrayList<>();
        List<String> unstaffed = new ArrayList<>();
        Integer repeat = null;
        for (String roleId : scenario.roles()) {
            Optional<Role> found = plan.role(roleId);
            if (found.isEmpty()) {
                continue;
            }
            Role role = found.get();
            Optional<Assignment> holder = holder(plan, role, unavailable);
            if (holder.isPresent()) {
                roles.add(holder.get());
            } else {
                unstaffed.add(role.name());
            }
            for (Task task : role.tasks()) {
                if (scenario.tasks().isEmpty() || scenario.tasks().contains(task.id())) {
                    Duration target = task.targetMinutes() == null ? DEFAULT_TARGET
                            : Duration.ofMinutes(task.targetMinutes());
                    tasks.add(new IncidentTask(task.id(), task.title(), role.id(), started.plus(target)));
                    if (task.repeatMinutes() != null && task.repeatMinutes() > 0) {
                        repeat = repeat == null ? task.repeatMinutes() : Math.min(repeat, task.repeatMinutes());
                    }
                }
            }
        }
        tasks.sort((a, b) -> a.due().compareTo(b.due()));
        return new Activation(scenario, roles, tasks, repeat == null ? DEFAULT_UPDATE_MINUTES : repeat, unstaffed);
    }

    /** The primary, or the first deputy who is available; empty when nobody is. */
    private static Optional<Assignment> holder(Plan plan, Role role, Set<String> unavailable) {
        if (role.primary() != null && !unavailable.contains(role.primary())) {
            Optional<Person> primary = plan.person(role.primary());
            if (primary.isPresent()) {
                return Optional.of(new Assignment(role.id(), role.name(), primary.get().id(), primary.get().name(), false));
            }
        }
        for (String deputy : role.deputies()) {
            Optional<Person> person = plan.person(deputy).filter(each -> !unavailable.contains(each.id()));
            if (person.isPresent()) {
                return Optional.of(new Assignment(role.id(), role.name(), person.get().id(), person.get().name(), true));
            }
        }
        return Optional.empty();
    }

    /** The scenario's holding statement in {@code language}, else in any language; empty when it has none. */
    public static Optional<String> holdingStatement(Scenario scenario, String language) {
        List<Statement> holding = scenario.statements().stream()
                .filter(statement -> statement.kind() == Statement.Kind.HOLDING).toList();
        return holding.stream().filter(statement -> language.equals(statement.lang())).findFirst()
                .or(() -> holding.stream().findFirst()).map(Statement::text);
    }
}
