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
 * A plan's elements by id, and how to name them for people in the language of its {@link Texts}.
 * Where ids repeat (an invalid plan), the first element wins. The references an {@link ItemRef}
 * can make (docs/PLAN.md):
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
    private final Texts texts;

    /** @param texts the language names and labels are given in */
    public PlanIndex(Plan plan, Texts texts) {
        this.texts = texts;
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

    /** The texts names and labels are given in. */
    public Texts texts() {
        return texts;
    }

    /** A person's name; for an unknown id the id in quotes, marked as unknown. */
    public String personName(String id) {
        Person person = people.get(id);
        return person != null ? person.name() : unknown(id);
    }

    /** "Piet Jansen, Eva Bakker"; null when the list is empty. */
    public String personNames(List<String> ids) {
        return ids.isEmpty() ? null : ids.stream().map(this::personName).collect(Collectors.joining(", "));
    }

    public String roleName(String id) {
        Role role = roles.get(id);
        return role != null ? role.name() : unknown(id);
    }

    /** "Crisis lead, Spokesperson"; null when the list is empty. */
    public String roleNames(List<String> ids) {
        return ids.isEmpty() ? null : ids.stream().map(this::roleName).collect(Collectors.joining(", "));
    }

    public String taskTitle(String id) {
        Task task = tasks.get(id);
        return task != null ? task.title() : unknown(id);
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
    public String statementName(Statement.Kind kind) {
        return switch (kind) {
            case HOLDING -> texts.format("statement.holding");
            case UPDATE -> texts.format("statement.update");
        };
    }

    /** "Holding statement nl (Data leak)": a statement by its kind and language, and its scenario's name. */
    public String statementLabel(Statement.Kind kind, String lang, String scenario) {
        return statementName(kind) + " " + lang + " (" + scenario + ")";
    }

    /** "Task Acknowledge publicly (Webcare lead)": a task with the role whose checklist holds it. */
    public String taskLabel(Task task, Role role) {
        return texts.format("label.task", task.title(), role.name());
    }

    /**
     * The element for people: "Person Anna de Vries", "Role Spokesperson", "Task Acknowledge
     * publicly (Webcare lead)", "Holding statement nl (Data leak)"; in Dutch "Persoon Anna de
     * Vries", "Rol Woordvoerder". For what the plan does not hold, the reference itself:
     * "Person person:jan".
     */
    public String label(ItemRef ref) {
        String id = ref.id();
        String unknown = ref.toString();
        return switch (ref.kind()) {
            case ORGANISATION -> texts.format("label.organisation");
            case PERSON -> texts.format("label.person", people.containsKey(id) ? people.get(id).name() : unknown);
            case ROLE -> texts.format("label.role", roles.containsKey(id) ? roles.get(id).name() : unknown);
            case TASK -> tasks.containsKey(id) ? taskLabel(tasks.get(id), roleOfTask.get(id))
                    : texts.format("label.task.unknown", unknown);
            case SCENARIO -> texts.format("label.scenario",
                    scenarios.containsKey(id) ? scenarios.get(id).name() : unknown);
            case STATEMENT -> statementLabel(id);
            case ESCALATION -> texts.format("label.escalation",
                    escalation.containsKey(id) ? escalation.get(id).description() : unknown);
            case CONTACT -> texts.format("label.contact", personName(id));
            case CALENDAR -> texts.format("label.calendar",
                    calendar.containsKey(id) ? calendar.get(id).what() : unknown);
            case FACT -> texts.format("label.fact", facts.containsKey(id) ? facts.get(id).topic() : unknown);
            case REVIEW -> id.isEmpty() ? texts.format("label.nextReview")
                    : texts.format("label.review", reviewDate(id).map(texts::date).orElse(id));
        };
    }

    private String statementLabel(String id) {
        String[] parts = id.split("/", -1);
        if (parts.length == 3 && scenarios.containsKey(parts[0])) {
            for (Statement.Kind kind : Statement.Kind.values()) {
                if (word(kind).equals(parts[1])) {
                    return statementLabel(kind, parts[2], scenarios.get(parts[0]).name());
                }
            }
        }
        return texts.format("label.statement.unknown", id);
    }

    /** "'jan' (not in the plan)". */
    private String unknown(String id) {
        return texts.format("unknown", id);
    }

    private static Optional<LocalDate> reviewDate(String id) {
        try {
            return Optional.of(LocalDate.parse(id));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
