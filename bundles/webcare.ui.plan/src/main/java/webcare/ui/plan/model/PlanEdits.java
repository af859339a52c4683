package webcare.ui.plan.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Flag;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;

/**
 * Every change the editor makes to a plan, as functions from one immutable plan to the next. Ids
 * are made here, from the name an element gets when it is created, and never change after;
 * deleting an element removes every reference to it, so the plan never points at nobody.
 *
 * <p>Statements have no id of their own: the editor names them {@code statement:<scenario>/<index>}.
 */
public final class PlanEdits {

    private PlanEdits() {}

    /** A new plan and the element just added to it. */
    public record Added(Plan plan, ItemRef ref) {}

    /** Where an element is referred to, as the delete confirmation lists it. */
    public record Use(ItemRef where, How how) {}

    /** How an element is referred to. */
    public enum How {
        PRIMARY,
        DEPUTY,
        CALLER,
        CALLED,
        SCENARIO_ROLE,
        SCENARIO_TASK,
        ESCALATION_ROLE,
        FLAG
    }

    // ---- ids ---------------------------------------------------------------------------------

    /**
     * "Anna de Vries" → "anna-de-vries", "IT &amp; security (24/7)" → "it-security-24-7";
     * {@code fallback} when nothing is left.
     */
    public static String slug(String name, String fallback) {
        // letters that do not decompose into a base letter and a mark are spelled out
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
                .replace("ł", "l").replace("œ", "oe");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@link #slug}, made unique among {@code taken} with "-2", "-3", … */
    public static String uniqueId(String name, String fallback, Collection<String> taken) {
        String base = slug(name, fallback);
        Set<String> used = new HashSet<>(taken);
        if (!used.contains(base)) {
            return base;
        }
        for (int number = 2;; number++) {
            String candidate = base + "-" + number;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    public static List<String> taskIds(Plan plan) {
        return plan.roles().stream().flatMap(role -> role.tasks().stream()).map(Task::id).toList();
    }

    // ---- adding ------------------------------------------------------------------------------

    public static Added addPerson(Plan plan, String name) {
        String id = uniqueId(name, "person", plan.people().stream().map(Person::id).toList());
        Person person = new Person(id, name.strip(), null, null, List.of(), null, List.of(), null);
        return new Added(plan.withPeople(append(plan.people(), person)), new ItemRef(Kind.PERSON, id));
    }

    public static Added addRole(Plan plan, String name) {
        String id = uniqueId(name, "role", plan.roles().stream().map(Role::id).toList());
        Role role = new Role(id, name.strip(), false, null, List.of(), null, List.of());
        return new Added(plan.withRoles(append(plan.roles(), role)), new ItemRef(Kind.ROLE, id));
    }

    /** Task ids are unique in the whole plan, not only in their role. */
    public static Added addTask(Plan plan, String roleId, String title) {
        String id = uniqueId(title, "task", taskIds(plan));
        Task task = new Task(id, title.strip(), null, null);
        return new Added(role(plan, roleId, role -> withTasks(role, append(role.tasks(), task))),
                new ItemRef(Kind.TASK, id));
    }

    public static Added addScenario(Plan plan, String name) {
        String id = uniqueId(name, "scenario", plan.scenarios().stream().map(Scenario::id).toList());
        Scenario scenario = new Scenario(id, name.strip(), 2, null, List.of(), List.of(), List.of());
        return new Added(plan.withScenarios(append(plan.scenarios(), scenario)), new ItemRef(Kind.SCENARIO, id));
    }

    /**
     * A new, empty statement: a holding statement in the first language that has none (Dutch,
     * then English), else an update template in Dutch.
     */
    public static Added addStatement(Plan plan, String scenarioId) {
        Scenario scenario = plan.scenario(scenarioId).orElseThrow();
        Statement statement = Stream.of("nl", "en")
                .filter(lang -> scenario.statements().stream()
                        .noneMatch(s -> s.lang().equals(lang) && s.kind() == Statement.Kind.HOLDING))
                .findFirst().map(lang -> new Statement(Statement.Kind.HOLDING, lang, ""))
                .orElse(new Statement(Statement.Kind.UPDATE, "nl", ""));
        int index = scenario.statements().size();
        return new Added(scenario(plan, scenarioId, s -> withStatements(s, append(s.statements(), statement))),
                statementRef(scenarioId, index));
    }

    public static Added addEscalation(Plan plan, String description) {
        String id = uniqueId(description, "criterion",
                plan.escalation().stream().map(EscalationCriterion::id).toList());
        return new Added(plan.withEscalation(append(plan.escalation(),
                new EscalationCriterion(id, description.strip(), null))), new ItemRef(Kind.ESCALATION, id));
    }

    /** A branch of the contact tree for the first person (in plan order) who calls nobody yet; empty when all do. */
    public static Optional<Added> addContact(Plan plan) {
        Set<String> callers = new HashSet<>();
        plan.contactTree().forEach(link -> callers.add(link.person()));
        return plan.people().stream().filter(person -> !callers.contains(person.id())).findFirst()
                .map(person -> new Added(plan.withContactTree(append(plan.contactTree(),
                        new ContactLink(person.id(), List.of()))), new ItemRef(Kind.CONTACT, person.id())));
    }

    public static Added addCalendarRule(Plan plan, String what) {
        String id = uniqueId(what, "rule", plan.contentCalendar().stream().map(CalendarRule::id).toList());
        return new Added(plan.withContentCalendar(append(plan.contentCalendar(),
                new CalendarRule(id, what.strip(), CalendarRule.Action.PAUSE, null))),
                new ItemRef(Kind.CALENDAR, id));
    }

    public static Added addFact(Plan plan, String topic) {
        String id = uniqueId(topic, "fact", plan.facts().stream().map(Fact::id).toList());
        return new Added(plan.withFacts(append(plan.facts(), new Fact(id, topic.strip(), ""))),
                new ItemRef(Kind.FACT, id));
    }

    public static ItemRef statementRef(String scenarioId, int index) {
        return new ItemRef(Kind.STATEMENT, scenarioId + "/" + index);
    }

    /** The scenario id and index of a statement reference made by {@link #statementRef}. */
    public record StatementAt(String scenario, int index) {
        public static Optional<StatementAt> of(ItemRef ref) {
            int slash = ref.id().lastIndexOf('/');
            if (ref.kind() != Kind.STATEMENT || slash < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new StatementAt(ref.id().substring(0, slash),
                        Integer.parseInt(ref.id().substring(slash + 1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    // ---- changing one element ----------------------------------------------------------------

    public static Plan person(Plan plan, String id, UnaryOperator<Person> change) {
        return plan.withPeople(replace(plan.people(), person -> person.id().equals(id), change));
    }

    public static Plan role(Plan plan, String id, UnaryOperator<Role> change) {
        return plan.withRoles(replace(plan.roles(), role -> role.id().equals(id), change));
    }

    public static Plan task(Plan plan, String id, UnaryOperator<Task> change) {
        return plan.withRoles(plan.roles().stream()
                .map(role -> role.tasks().stream().anyMatch(task -> task.id().equals(id))
                        ? withTasks(role, replace(role.tasks(), task -> task.id().equals(id), change)) : role)
                .toList());
    }

    public static Plan scenario(Plan plan, String id, UnaryOperator<Scenario> change) {
        return plan.withScenarios(replace(plan.scenarios(), scenario -> scenario.id().equals(id), change));
    }

    public static Plan statement(Plan plan, String scenarioId, int index, UnaryOperator<Statement> change) {
        return scenario(plan, scenarioId, scenario -> {
            if (index < 0 || index >= scenario.statements().size()) {
                return scenario;
            }
            List<Statement> statements = new ArrayList<>(scenario.statements());
            statements.set(index, change.apply(statements.get(index)));
            return withStatements(scenario, statements);
        });
    }

    public static Plan escalation(Plan plan, String id, UnaryOperator<EscalationCriterion> change) {
        return plan.withEscalation(replace(plan.escalation(), criterion -> criterion.id().equals(id), change));
    }

    /** Changes the branch of {@code personId}; its caller may change only to someone who calls nobody yet. */
    public static Plan contact(Plan plan, String personId, UnaryOperator<ContactLink> change) {
        return plan.withContactTree(replace(plan.contactTree(), link -> link.person().equals(personId), change));
    }

    public static Plan calendarRule(Plan plan, String id, UnaryOperator<CalendarRule> change) {
        return plan.withContentCalendar(replace(plan.contentCalendar(), rule -> rule.id().equals(id), change));
    }

    public static Plan fact(Plan plan, String id, UnaryOperator<Fact> change) {
        return plan.withFacts(replace(plan.facts(), fact -> fact.id().equals(id), change));
    }

    public static Optional<Task> findTask(Plan plan, String id) {
        return plan.roles().stream().flatMap(role -> role.tasks().stream()).filter(task -> task.id().equals(id))
                .findFirst();
    }

    public static Optional<Role> roleOfTask(Plan plan, String taskId) {
        return plan.roles().stream().filter(role -> role.tasks().stream().anyMatch(task -> task.id().equals(taskId)))
                .findFirst();
    }

    // ---- who holds a role --------------------------------------------------------------------

    /** Makes {@code personId} (null: nobody) the primary; someone who becomes primary stops being a deputy. */
    public static Plan setPrimary(Plan plan, String roleId, String personId) {
        return role(plan, roleId, role -> new Role(role.id(), role.name(), role.critical(), personId,
                personId == null ? role.deputies() : without(role.deputies(), personId), role.description(),
                role.tasks()));
    }

    /** Adds a deputy at the end; nothing happens for the primary or someone who already is one. */
    public static Plan addDeputy(Plan plan, String roleId, String personId) {
        return role(plan, roleId, role -> personId.equals(role.primary()) || role.deputies().contains(personId) ? role
                : withDeputies(role, append(role.deputies(), personId)));
    }

    public static Plan removeDeputy(Plan plan, String roleId, String personId) {
        return role(plan, roleId, role -> withDeputies(role, without(role.deputies(), personId)));
    }

    /** Moves a deputy {@code delta} places (−1 up, +1 down); at either end nothing happens. */
    public static Plan moveDeputy(Plan plan, String roleId, String personId, int delta) {
        return role(plan, roleId, role -> withDeputies(role, move(role.deputies(), personId, delta)));
    }

    /** What dropping a person on a role does: primary when the role has none, else the next deputy. */
    public static Plan assign(Plan plan, String personId, String roleId) {
        Optional<Role> role = plan.role(roleId);
        if (role.isEmpty() || plan.person(personId).isEmpty()) {
            return plan;
        }
        return role.get().primary() == null ? setPrimary(plan, roleId, personId) : addDeputy(plan, roleId, personId);
    }

    // ---- scenarios ---------------------------------------------------------------------------

    /** Switches a role on or off for a scenario; off also drops that role's tasks from the scenario's tasks. */
    public static Plan scenarioRole(Plan plan, String scenarioId, String roleId, boolean on) {
        List<String> roleTasks = plan.role(roleId).map(role -> role.tasks().stream().map(Task::id).toList())
                .orElse(List.of());
        return scenario(plan, scenarioId, scenario -> {
            if (on == scenario.roles().contains(roleId)) {
                return scenario;
            }
            List<String> roles = on ? inPlanOrder(append(scenario.roles(), roleId), plan.roles().stream()
                    .map(Role::id).toList()) : without(scenario.roles(), roleId);
            List<String> tasks = on ? scenario.tasks()
                    : scenario.tasks().stream().filter(task -> !roleTasks.contains(task)).toList();
            return new Scenario(scenario.id(), scenario.name(), scenario.severity(), scenario.description(), roles,
                    tasks, scenario.statements());
        });
    }

    /** Switches one task on or off for a scenario (an empty list means every task of its roles). */
    public static Plan scenarioTask(Plan plan, String scenarioId, String taskId, boolean on) {
        return scenario(plan, scenarioId, scenario -> {
            if (on == scenario.tasks().contains(taskId)) {
                return scenario;
            }
            List<String> tasks = on ? inPlanOrder(append(scenario.tasks(), taskId), taskIds(plan))
                    : without(scenario.tasks(), taskId);
            return new Scenario(scenario.id(), scenario.name(), scenario.severity(), scenario.description(),
                    scenario.roles(), tasks, scenario.statements());
        });
    }

    // ---- order -------------------------------------------------------------------------------

    /** Moves an element {@code delta} places within its list (tasks within their role). */
    public static Plan move(Plan plan, ItemRef ref, int delta) {
        String id = ref.id();
        return switch (ref.kind()) {
            case PERSON -> plan.withPeople(moveWhere(plan.people(), p -> p.id().equals(id), delta));
            case ROLE -> plan.withRoles(moveWhere(plan.roles(), r -> r.id().equals(id), delta));
            case TASK -> plan.withRoles(plan.roles().stream().map(role -> withTasks(role,
                    moveWhere(role.tasks(), t -> t.id().equals(id), delta))).toList());
            case SCENARIO -> plan.withScenarios(moveWhere(plan.scenarios(), s -> s.id().equals(id), delta));
            case STATEMENT -> StatementAt.of(ref).map(at -> scenario(plan, at.scenario(), s -> withStatements(s,
                    moveIndex(s.statements(), at.index(), delta)))).orElse(plan);
            case ESCALATION -> plan.withEscalation(moveWhere(plan.escalation(), e -> e.id().equals(id), delta));
            case CONTACT -> plan.withContactTree(moveWhere(plan.contactTree(), c -> c.person().equals(id), delta));
            case CALENDAR -> plan.withContentCalendar(moveWhere(plan.contentCalendar(), c -> c.id().equals(id),
                    delta));
            case FACT -> plan.withFacts(moveWhere(plan.facts(), f -> f.id().equals(id), delta));
            default -> plan;
        };
    }

    // ---- deleting ----------------------------------------------------------------------------

    /** Everywhere {@code ref} is referred to, in plan order; empty when nowhere. */
    public static List<Use> uses(Plan plan, ItemRef ref) {
        List<Use> uses = new ArrayList<>();
        String id = ref.id();
        switch (ref.kind()) {
            case PERSON -> {
                for (Role role : plan.roles()) {
                    if (id.equals(role.primary())) {
                        uses.add(new Use(new ItemRef(Kind.ROLE, role.id()), How.PRIMARY));
                    }
                    if (role.deputies().contains(id)) {
                        uses.add(new Use(new ItemRef(Kind.ROLE, role.id()), How.DEPUTY));
                    }
                }
                for (ContactLink link : plan.contactTree()) {
                    if (link.person().equals(id)) {
                        uses.add(new Use(new ItemRef(Kind.CONTACT, link.person()), How.CALLER));
                    } else if (link.calls().contains(id)) {
                        uses.add(new Use(new ItemRef(Kind.CONTACT, link.person()), How.CALLED));
                    }
                }
            }
            case ROLE -> {
                for (Scenario scenario : plan.scenarios()) {
                    if (scenario.roles().contains(id)) {
                        uses.add(new Use(new ItemRef(Kind.SCENARIO, scenario.id()), How.SCENARIO_ROLE));
                    }
                }
                for (EscalationCriterion criterion : plan.escalation()) {
                    if (id.equals(criterion.role())) {
                        uses.add(new Use(new ItemRef(Kind.ESCALATION, criterion.id()), How.ESCALATION_ROLE));
                    }
                }
            }
            case TASK -> {
                for (Scenario scenario : plan.scenarios()) {
                    if (scenario.tasks().contains(id)) {
                        uses.add(new Use(new ItemRef(Kind.SCENARIO, scenario.id()), How.SCENARIO_TASK));
                    }
                }
            }
            default -> {
                // nothing refers to scenarios, statements, criteria, branches, rules or facts but flags
            }
        }
        Set<String> flagged = flaggedRefs(plan, ref);
        for (Flag flag : plan.flags()) {
            if (flagged.contains(flag.item())) {
                uses.add(new Use(ItemRef.parse(flag.item()), How.FLAG));
            }
        }
        return uses;
    }

    /** The plan without {@code ref} and without any reference to it. Approved reviews are history and stay. */
    public static Plan delete(Plan plan, ItemRef ref) {
        String id = ref.id();
        Set<String> flagged = flaggedRefs(plan, ref);
        Plan result = plan.withFlags(plan.flags().stream().filter(flag -> !flagged.contains(flag.item())).toList());
        return switch (ref.kind()) {
            case PERSON -> result
                    .withPeople(result.people().stream().filter(p -> !p.id().equals(id)).toList())
                    .withRoles(result.roles().stream().map(role -> new Role(role.id(), role.name(), role.critical(),
                            id.equals(role.primary()) ? null : role.primary(), without(role.deputies(), id),
                            role.description(), role.tasks())).toList())
                    .withContactTree(result.contactTree().stream().filter(link -> !link.person().equals(id))
                            .map(link -> new ContactLink(link.person(), without(link.calls(), id))).toList());
            case ROLE -> {
                List<String> tasks = result.role(id).map(role -> role.tasks().stream().map(Task::id).toList())
                        .orElse(List.of());
                yield result.withRoles(result.roles().stream().filter(role -> !role.id().equals(id)).toList())
                        .withScenarios(result.scenarios().stream().map(s -> new Scenario(s.id(), s.name(),
                                s.severity(), s.description(), without(s.roles(), id),
                                s.tasks().stream().filter(task -> !tasks.contains(task)).toList(), s.statements()))
                                .toList())
                        .withEscalation(result.escalation().stream().map(e -> id.equals(e.role())
                                ? new EscalationCriterion(e.id(), e.description(), null) : e).toList());
            }
            case TASK -> result
                    .withRoles(result.roles().stream().map(role -> withTasks(role,
                            role.tasks().stream().filter(task -> !task.id().equals(id)).toList())).toList())
                    .withScenarios(result.scenarios().stream().map(s -> new Scenario(s.id(), s.name(),
                            s.severity(), s.description(), s.roles(), without(s.tasks(), id), s.statements()))
                            .toList());
            case SCENARIO -> result.withScenarios(result.scenarios().stream().filter(s -> !s.id().equals(id))
                    .toList());
            case STATEMENT -> StatementAt.of(ref).map(at -> scenario(result, at.scenario(), s -> {
                List<Statement> statements = new ArrayList<>(s.statements());
                if (at.index() >= 0 && at.index() < statements.size()) {
                    statements.remove(at.index());
                }
                return withStatements(s, statements);
            })).orElse(result);
            case ESCALATION -> result.withEscalation(result.escalation().stream()
                    .filter(e -> !e.id().equals(id)).toList());
            case CONTACT -> result.withContactTree(result.contactTree().stream()
                    .filter(link -> !link.person().equals(id)).toList());
            case CALENDAR -> result.withContentCalendar(result.contentCalendar().stream()
                    .filter(rule -> !rule.id().equals(id)).toList());
            case FACT -> result.withFacts(result.facts().stream().filter(fact -> !fact.id().equals(id)).toList());
            default -> plan;
        };
    }

    /** The flag items that are about {@code ref}: the element itself and, for a role, its tasks. */
    private static Set<String> flaggedRefs(Plan plan, ItemRef ref) {
        Set<String> refs = new HashSet<>();
        refs.add(ref.toString());
        if (ref.kind() == Kind.ROLE) {
            plan.role(ref.id()).ifPresent(role -> role.tasks()
                    .forEach(task -> refs.add(new ItemRef(Kind.TASK, task.id()).toString())));
        }
        return refs;
    }

    /** Whether {@code ref} names an element of {@code plan}. */
    public static boolean exists(Plan plan, ItemRef ref) {
        String id = ref.id();
        return switch (ref.kind()) {
            case ORGANISATION -> true;
            case PERSON -> plan.person(id).isPresent();
            case ROLE -> plan.role(id).isPresent();
            case TASK -> findTask(plan, id).isPresent();
            case SCENARIO -> plan.scenario(id).isPresent();
            case STATEMENT -> StatementAt.of(ref).flatMap(at -> plan.scenario(at.scenario())
                    .filter(s -> at.index() >= 0 && at.index() < s.statements().size())).isPresent();
            case ESCALATION -> plan.escalation().stream().anyMatch(e -> e.id().equals(id));
            case CONTACT -> plan.contactTree().stream().anyMatch(link -> link.person().equals(id));
            case CALENDAR -> plan.contentCalendar().stream().anyMatch(rule -> rule.id().equals(id));
            case FACT -> plan.facts().stream().anyMatch(fact -> fact.id().equals(id));
            case REVIEW -> false;
        };
    }

    // ---- record helpers ----------------------------------------------------------------------

    public static Role withTasks(Role role, List<Task> tasks) {
        return new Role(role.id(), role.name(), role.critical(), role.primary(), role.deputies(), role.description(),
                tasks);
    }

    public static Role withDeputies(Role role, List<String> deputies) {
        return new Role(role.id(), role.name(), role.critical(), role.primary(), deputies, role.description(),
                role.tasks());
    }

    public static Scenario withStatements(Scenario scenario, List<Statement> statements) {
        return new Scenario(scenario.id(), scenario.name(), scenario.severity(), scenario.description(),
                scenario.roles(), scenario.tasks(), statements);
    }

    public static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    public static <T> List<T> without(List<T> list, T element) {
        return list.stream().filter(each -> !Objects.equals(each, element)).toList();
    }

    private static <T> List<T> replace(List<T> list, Predicate<T> which, Function<T, T> change) {
        return list.stream().map(each -> which.test(each) ? change.apply(each) : each).toList();
    }

    private static <T> List<T> move(List<T> list, T element, int delta) {
        return moveIndex(list, list.indexOf(element), delta);
    }

    private static <T> List<T> moveWhere(List<T> list, Predicate<T> which, int delta) {
        for (int i = 0; i < list.size(); i++) {
            if (which.test(list.get(i))) {
                return moveIndex(list, i, delta);
            }
        }
        return list;
    }

    private static <T> List<T> moveIndex(List<T> list, int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= list.size() || target < 0 || target >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(target, copy.remove(index));
        return copy;
    }

    /** {@code ids} sorted as they come in {@code order}; unknown ids last, as they were. */
    private static List<String> inPlanOrder(List<String> ids, List<String> order) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> Integer.compare(position(order, a), position(order, b)));
        return sorted;
    }

    private static int position(List<String> order, String id) {
        int index = order.indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
