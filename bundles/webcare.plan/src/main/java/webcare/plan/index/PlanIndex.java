package webcare.plan.index;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;

/**
 * A plan's elements by id, and how to name them for people. Where ids repeat (an invalid plan),
 * the first element wins. The references an {@link ItemRef} can make (docs/PLAN.md):
 * {@code organisation}, {@code person:ID}, {@code role:ID}, {@code task:ID}, {@code scenario:ID},
 * {@code statement:SCENARIO/holding|update/LANG}, {@code escalation:ID}, {@code contact:PERSON}
 * (that person's branch of the contact tree), {@code calendar:ID}, {@code fact:ID},
 * {@code review:YYYY-MM-DD} (a past review) and {@code review} (the review cycle itself).
 */
public final class PlanIndex {

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

    public PlanIndex(Plan plan) {
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

    public Optional<Person> person(String id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(id == null ? null : roles.get(id));
    }

    public Optional<Task> task(String id) {
        return Optional.ofNullable(id == null ? null : tasks.get(id));
    }

    /** The role whose checklist holds task {@code id}. */
    public Optional<Role> roleOfTask(String id) {
        return Optional.ofNullable(id == null ? null : roleOfTask.get(id));
    }

    public Optional<Scenario> scenario(String id) {
        return Optional.ofNullable(id == null ? null : scenarios.get(id));
    }

    public boolean hasPerson(String id) {
        return people.containsKey(id);
    }

    public boolean hasRole(String id) {
        return roles.containsKey(id);
    }

    public boolean hasTask(String id) {
        return tasks.containsKey(id);
    }

    /** A person's name; for an unknown id the id in quotes, marked as unknown. */
    public String personName(String id) {
        Person person = people.get(id);
        return person != null ? person.name() : "'" + id + "' (not in the plan)";
    }

    /** "Piet Jansen, Eva Bakker"; null when the list is empty. */
    public String personNames(List<String> ids) {
        return ids.isEmpty() ? null : ids.stream().map(this::personName).collect(Collectors.joining(", "));
    }

    public String roleName(String id) {
        Role role = roles.get(id);
        return role != null ? role.name() : "'" + id + "' (not in the plan)";
    }

    /** "Crisis lead, Spokesperson"; null when the list is empty. */
    public String roleNames(List<String> ids) {
        return ids.isEmpty() ? null : ids.stream().map(this::roleName).collect(Collectors.joining(", "));
    }

    public String taskTitle(String id) {
        Task task = tasks.get(id);
        return task != null ? task.title() : "'" + id + "' (not in the plan)";
    }

    /** "Acknowledge publicly, Post an update"; null when the list is empty. */
    public String taskTitles(List<String> ids) {
        return ids.isEmpty() ? null : ids.stream().map(this::taskTitle).collect(Collectors.joining(", "));
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

    /** The reference to a statement: {@code statement:SCENARIO/KIND/LANG}. */
    public static ItemRef statementRef(Scenario scenario, Statement statement) {
        return new ItemRef(ItemRef.Kind.STATEMENT,
                scenario.id() + "/" + word(statement.kind()) + "/" + statement.lang());
    }

    /** The reference to a past review: {@code review:YYYY-MM-DD}. */
    public static ItemRef reviewRef(Review review) {
        return new ItemRef(ItemRef.Kind.REVIEW, review.date().toString());
    }

    /** "holding" or "update". */
    public static String word(Statement.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** "Holding statement" or "Update template". */
    public static String statementName(Statement.Kind kind) {
        return kind == Statement.Kind.HOLDING ? "Holding statement" : "Update template";
    }

    /**
     * The element for people: "Person Anna de Vries", "Role Spokesperson", "Task Acknowledge
     * publicly (Webcare lead)", "Holding statement nl (Data leak)"; for what the plan does not
     * hold, the reference itself.
     */
    public String label(ItemRef ref) {
        String id = ref.id();
        return switch (ref.kind()) {
            case ORGANISATION -> "Organisation";
            case PERSON -> people.containsKey(id) ? "Person " + people.get(id).name() : "Person " + ref;
            case ROLE -> roles.containsKey(id) ? "Role " + roles.get(id).name() : "Role " + ref;
            case TASK -> tasks.containsKey(id)
                    ? "Task " + tasks.get(id).title() + " (" + roleOfTask.get(id).name() + ")"
                    : "Task " + ref;
            case SCENARIO -> scenarios.containsKey(id) ? "Scenario " + scenarios.get(id).name() : "Scenario " + ref;
            case STATEMENT -> statementLabel(id);
            case ESCALATION -> escalation.containsKey(id) ? "Escalation " + escalation.get(id).description()
                    : "Escalation " + ref;
            case CONTACT -> "Contact tree " + personName(id);
            case CALENDAR -> calendar.containsKey(id) ? "Content calendar " + calendar.get(id).what()
                    : "Content calendar " + ref;
            case FACT -> facts.containsKey(id) ? "Fact " + facts.get(id).topic() : "Fact " + ref;
            case REVIEW -> id.isEmpty() ? "Next review" : "Review of " + id;
        };
    }

    private String statementLabel(String id) {
        String[] parts = id.split("/", -1);
        if (parts.length == 3 && scenarios.containsKey(parts[0])) {
            for (Statement.Kind kind : Statement.Kind.values()) {
                if (word(kind).equals(parts[1])) {
                    return statementName(kind) + " " + parts[2] + " (" + scenarios.get(parts[0]).name() + ")";
                }
            }
        }
        return "Statement " + id;
    }

    private static Optional<LocalDate> reviewDate(String id) {
        try {
            return Optional.of(LocalDate.parse(id));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
