package webcare.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Task;

/**
 * A plan looked up by id, so documents print names instead of ids. Built once per document: a
 * plan of 500 people and 2,000 tasks is not searched list by list for every reference.
 */
final class PlanIndex {

    private final Plan plan;
    private final Labels labels;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, Task> tasks = new HashMap<>();
    private final Map<String, Role> taskOwners = new HashMap<>();

    PlanIndex(Plan plan, Labels labels) {
        this.plan = plan;
        this.labels = labels;
        plan.people().forEach(person -> people.putIfAbsent(person.id(), person));
        for (Role role : plan.roles()) {
            roles.putIfAbsent(role.id(), role);
            for (Task task : role.tasks()) {
                tasks.putIfAbsent(task.id(), task);
                taskOwners.putIfAbsent(task.id(), role);
            }
        }
    }

    Optional<Person> person(String id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    Optional<Role> role(String id) {
        return Optional.ofNullable(id == null ? null : roles.get(id));
    }

    /** The person's name; a visible "unknown person" note for a reference to nobody. */
    String name(String personId) {
        return person(personId).map(Person::name).orElseGet(() -> labels.format("unknown.person", personId));
    }

    String roleName(String roleId) {
        return role(roleId).map(Role::name).orElseGet(() -> labels.format("unknown.role", roleId));
    }

    /**
     * Every number of a person, the first first; spaces inside a number do not break, so a printed
     * number never wraps halfway.
     */
    String phones(Person person) {
        List<String> numbers = new ArrayList<>();
        if (person.phone() != null && !person.phone().isBlank()) {
            numbers.add(person.phone());
        }
        person.otherPhones().stream().filter(phone -> !phone.isBlank()).forEach(numbers::add);
        if (numbers.isEmpty()) {
            return labels.text("person.noPhone");
        }
        return String.join(", ", numbers.stream().map(PlanIndex::unbroken).toList());
    }

    /** "Zoë Ëlberts — +31 6 1234 5678, +31 20 555 0101"; the unknown-person note for nobody. */
    String contact(String personId) {
        return person(personId).map(person -> person.name() + " — " + phones(person)).orElseGet(() -> name(personId));
    }

    /** "Zoë Ëlberts — +31 6 1234 5678": the number to call first only, for where room is short. */
    String firstContact(String personId) {
        return person(personId).map(person -> {
            String first = person.phone() != null && !person.phone().isBlank() ? person.phone()
                    : person.otherPhones().stream().filter(phone -> !phone.isBlank()).findFirst().orElse(null);
            return person.name() + " — " + (first == null ? labels.text("person.noPhone") : unbroken(first));
        }).orElseGet(() -> name(personId));
    }

    /** The tasks a scenario activates, per role in plan order: every task of its roles when it names none. */
    Map<Role, List<Task>> activatedTasks(Scenario scenario) {
        Map<Role, List<Task>> byRole = new java.util.LinkedHashMap<>();
        if (scenario.tasks().isEmpty()) {
            scenario.roles().stream().map(roles::get).filter(java.util.Objects::nonNull).distinct()
                    .forEach(role -> byRole.put(role, role.tasks()));
            return byRole;
        }
        for (String taskId : scenario.tasks()) {
            Task task = tasks.get(taskId);
            if (task != null) {
                byRole.computeIfAbsent(taskOwners.get(taskId), role -> new ArrayList<>()).add(task);
            }
        }
        return byRole;
    }

    /**
     * The crisis lead: the role with id "crisis-lead", else one whose name says crisis lead or
     * crisis manager (Dutch or English), else the first critical role, else the first role.
     */
    Optional<Role> crisisLead() {
        Role byId = roles.get("crisis-lead");
        if (byId != null) {
            return Optional.of(byId);
        }
        for (Role role : plan.roles()) {
            String name = role.name().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
            if (name.contains("crisislead") || name.contains("crisisleider") || name.contains("crisismanager")
                    || name.contains("crisiscoördinator") || name.contains("crisiscoordinator")) {
                return Optional.of(role);
            }
        }
        return plan.roles().stream().filter(Role::critical).findFirst().or(() -> plan.roles().stream().findFirst());
    }

    /** What a reference is about, for people: "Rol: Woordvoerder", "Persoon: Zoë Ëlberts". */
    String describe(String reference) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(reference);
        } catch (IllegalArgumentException notAReference) {
            return reference;
        }
        String kind = labels.text("kind." + ref.kind().name());
        String what = switch (ref.kind()) {
            case ORGANISATION -> plan.organisation().name();
            case PERSON, CONTACT -> name(ref.id());
            case ROLE -> roleName(ref.id());
            case TASK -> Optional.ofNullable(tasks.get(ref.id()))
                    .map(task -> task.title() + " (" + taskOwners.get(ref.id()).name() + ")").orElse(ref.id());
            case SCENARIO -> plan.scenario(ref.id()).map(Scenario::name).orElse(ref.id());
            case ESCALATION -> plan.escalation().stream().filter(e -> e.id().equals(ref.id())).findFirst()
                    .map(EscalationCriterion::description).orElse(ref.id());
            case CALENDAR -> plan.contentCalendar().stream().filter(r -> r.id().equals(ref.id())).findFirst()
                    .map(CalendarRule::what).orElse(ref.id());
            case FACT -> plan.facts().stream().filter(f -> f.id().equals(ref.id())).findFirst().map(Fact::topic)
                    .orElse(ref.id());
            case STATEMENT, REVIEW -> ref.id();
        };
        return what.isEmpty() ? kind : kind + ": " + what;
    }

    /** Spaces inside a phone number or date become no-break spaces for wrapping; renderers print spaces. */
    static String unbroken(String text) {
        return text.replace(' ', Report.NO_BREAK);
    }
}
