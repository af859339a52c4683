package webcare.model.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's elements by id: built once, so a plan of 500 people and 2,000 tasks is not searched
 * list by list for every reference. Pure lookup, in no language: naming elements for people is
 * the caller's business. Where ids repeat (an invalid plan), the first element wins. A null id
 * finds nothing. Immutable after construction and safe to share between threads.
 */
public final class PlanIndex {

    private final Plan plan;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, Task> tasks = new HashMap<>();
    private final Map<String, Role> roleOfTask = new HashMap<>();
    private final Map<String, Scenario> scenarios = new HashMap<>();
    private final Map<String, EscalationCriterion> escalation = new HashMap<>();
    private final Map<String, ContactLink> contacts = new HashMap<>();
    private final Map<String, CalendarRule> calendar = new HashMap<>();
    private final Map<String, Fact> facts = new HashMap<>();
    private final Set<LocalDate> reviewDates = new HashSet<>();

    /** @throws NullPointerException when {@code plan} is null */
    public PlanIndex(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        plan.people().forEach(person -> people.putIfAbsent(person.id(), person));
        for (Role role : plan.roles()) {
            roles.putIfAbsent(role.id(), role);
            for (Task task : role.tasks()) {
                if (tasks.putIfAbsent(task.id(), task) == null) {
                    roleOfTask.put(task.id(), role);
                }
            }
        }
        plan.scenarios().forEach(scenario -> scenarios.putIfAbsent(scenario.id(), scenario));
        plan.escalation().forEach(criterion -> escalation.putIfAbsent(criterion.id(), criterion));
        plan.contactTree().forEach(link -> contacts.putIfAbsent(link.person(), link));
        plan.contentCalendar().forEach(rule -> calendar.putIfAbsent(rule.id(), rule));
        plan.facts().forEach(fact -> facts.putIfAbsent(fact.id(), fact));
        plan.reviews().forEach(review -> reviewDates.add(review.date()));
    }

    /** The plan indexed. */
    public Plan plan() {
        return plan;
    }

    public Optional<Person> person(String id) {
        return find(people, id);
    }

    public Optional<Role> role(String id) {
        return find(roles, id);
    }

    public Optional<Task> task(String id) {
        return find(tasks, id);
    }

    /** The role whose checklist holds task {@code id}. */
    public Optional<Role> roleOfTask(String id) {
        return find(roleOfTask, id);
    }

    public Optional<Scenario> scenario(String id) {
        return find(scenarios, id);
    }

    public Optional<EscalationCriterion> escalation(String id) {
        return find(escalation, id);
    }

    /** The contact-tree branch of the person who calls. */
    public Optional<ContactLink> contactBranch(String personId) {
        return find(contacts, personId);
    }

    public Optional<CalendarRule> calendarRule(String id) {
        return find(calendar, id);
    }

    public Optional<Fact> fact(String id) {
        return find(facts, id);
    }

    public boolean hasPerson(String id) {
        return person(id).isPresent();
    }

    public boolean hasRole(String id) {
        return role(id).isPresent();
    }

    public boolean hasTask(String id) {
        return task(id).isPresent();
    }

    /** Whether {@code ref} names an element of the plan. */
    public boolean exists(ItemRef ref) {
        String id = ref.id();
        return switch (ref.kind()) {
            case ORGANISATION -> id.isEmpty();
            case PERSON -> people.containsKey(id);
            case ROLE -> roles.containsKey(id);
            case TASK -> tasks.containsKey(id);
            case SCENARIO -> scenarios.containsKey(id);
            case STATEMENT -> statement(id).isPresent();
            case ESCALATION -> escalation.containsKey(id);
            case CONTACT -> contacts.containsKey(id);
            case CALENDAR -> calendar.containsKey(id);
            case FACT -> facts.containsKey(id);
            case REVIEW -> id.isEmpty() || reviewDate(id).filter(reviewDates::contains).isPresent();
        };
    }

    /** The first statement a {@code statement:SCENARIO/KIND/LANG} id names. */
    public Optional<Statement> statement(String id) {
        String[] parts = id.split("/", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return scenario(parts[0]).flatMap(scenario -> scenario.statements().stream()
                .filter(statement -> word(statement.kind()).equals(parts[1]) && statement.lang().equals(parts[2]))
                .findFirst());
    }

    /**
     * The tasks a scenario activates, per role in the scenario's order: every task of its roles
     * when it names none, else the tasks it names under the role that holds them. Unknown ids are
     * left out.
     */
    public Map<Role, List<Task>> activatedTasks(Scenario scenario) {
        Map<Role, List<Task>> byRole = new LinkedHashMap<>();
        if (scenario.tasks().isEmpty()) {
            scenario.roles().stream().map(roles::get).filter(Objects::nonNull).distinct()
                    .forEach(role -> byRole.put(role, role.tasks()));
            return byRole;
        }
        for (String taskId : scenario.tasks()) {
            Task task = tasks.get(taskId);
            if (task != null) {
                byRole.computeIfAbsent(roleOfTask.get(taskId), role -> new ArrayList<>()).add(task);
            }
        }
        return byRole;
    }

    /** The reference to a statement: {@code statement:SCENARIO/KIND/LANG}. */
    public static ItemRef statementRef(Scenario scenario, Statement statement) {
        return new ItemRef(ItemRef.Kind.STATEMENT,
                scenario.id() + "/" + word(statement.kind()) + "/" + statement.lang());
    }

    /** The reference to a past review: {@code review:YYYY-MM-DD}. */
    public static ItemRef reviewRef(Review review) {
        return new ItemRef(ItemRef.Kind.REVIEW, review.date().toString());
    }

    /** "holding" or "update": the word references and the plan file use. */
    public static String word(Statement.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The day a {@code review:YYYY-MM-DD} id names; empty when it is no date. */
    public static Optional<LocalDate> reviewDate(String id) {
        try {
            return Optional.of(LocalDate.parse(id));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static <T> Optional<T> find(Map<String, T> map, String id) {
        return Optional.ofNullable(id == null ? null : map.get(id));
    }
}
