package webcare.plan.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Flag;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.AgendaItem;
import webcare.plan.api.ReviewAgenda;
import webcare.plan.index.Durations;
import webcare.plan.index.PlanIndex;

/**
 * The walk through a plan in a review session. Each element is one item, once: flagged ones
 * (the plan's flags, then what the last review flagged) come first, in the order they were
 * flagged; the rest follow section by section in plan order. Lines are English, in the words of
 * the printed plan ("Phone: …", "within 1 h"). Thread-safe: it keeps no state.
 */
@Component
public final class PlanReviewAgenda implements ReviewAgenda {

    @Override
    public List<AgendaItem> agenda(Plan plan) {
        PlanIndex index = new PlanIndex(plan);
        Map<String, List<String>> flags = flags(plan);
        Map<String, AgendaItem> sections = sections(plan, index);
        List<AgendaItem> agenda = new ArrayList<>(sections.size() + flags.size());
        flags.forEach((item, notes) -> {
            AgendaItem plain = sections.containsKey(item) ? sections.get(item) : other(item, index);
            agenda.add(new AgendaItem(plain.item(), plain.section(), plain.title(), plain.lines(), notes));
        });
        sections.forEach((item, plain) -> {
            if (!flags.containsKey(item)) {
                agenda.add(plain);
            }
        });
        return List.copyOf(agenda);
    }

    /** The notes per flagged item, in the order flagged. */
    private static Map<String, List<String>> flags(Plan plan) {
        Map<String, List<String>> flags = new LinkedHashMap<>();
        for (Flag flag : plan.flags()) {
            String source = flag.source() == null ? "raised " + flag.raised() : flag.source() + ", " + flag.raised();
            flags.computeIfAbsent(flag.item(), item -> new ArrayList<>()).add(flag.note() + " (" + source + ")");
        }
        Optional<Review> last = plan.lastReview();
        if (last.isPresent()) {
            for (ReviewItem item : last.get().items()) {
                if (item.outcome() == ReviewItem.Outcome.FLAGGED) {
                    flags.computeIfAbsent(item.item(), key -> new ArrayList<>()).add(
                            (item.note() == null ? "flagged" : item.note()) + " (flagged in the review of "
                                    + last.get().date() + ")");
                }
            }
        }
        return flags;
    }

    private static Map<String, AgendaItem> sections(Plan plan, PlanIndex index) {
        Map<String, AgendaItem> items = new LinkedHashMap<>();
        add(items, organisation(plan));
        plan.people().forEach(person -> add(items, person(person)));
        plan.roles().forEach(role -> add(items, role(role, index)));
        for (Role role : plan.roles()) {
            role.tasks().forEach(task -> add(items, task(task, role)));
        }
        plan.scenarios().forEach(scenario -> add(items, scenario(scenario, index)));
        plan.escalation().forEach(criterion -> add(items, escalation(criterion, index)));
        plan.contactTree().forEach(link -> add(items, contact(link, index)));
        plan.contentCalendar().forEach(rule -> add(items, calendar(rule)));
        plan.facts().forEach(fact -> add(items, fact(fact)));
        return items;
    }

    private static void add(Map<String, AgendaItem> items, AgendaItem item) {
        items.putIfAbsent(item.item(), item);
    }

    private static AgendaItem organisation(Plan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("Name: " + plan.organisation().name());
        optional(lines, "Website", plan.organisation().website());
        optional(lines, "Notes", plan.organisation().notes());
        lines.add("Next review: " + (plan.nextReview() == null ? "(not set)" : plan.nextReview()));
        return item(new ItemRef(ItemRef.Kind.ORGANISATION, ""), plan.organisation().name(), lines);
    }

    private static AgendaItem person(Person person) {
        List<String> lines = new ArrayList<>();
        optional(lines, "Function", person.function());
        lines.add("Phone: " + orNone(person.phone()));
        if (!person.otherPhones().isEmpty()) {
            lines.add("Other phones: " + String.join(", ", person.otherPhones()));
        }
        lines.add("E-mail: " + orNone(person.email()));
        lines.add("Languages: " + (person.languages().isEmpty() ? "(none)" : String.join(", ", person.languages())));
        optional(lines, "Availability", person.availability());
        return item(new ItemRef(ItemRef.Kind.PERSON, person.id()), person.name(), lines);
    }

    private static AgendaItem role(Role role, PlanIndex index) {
        List<String> lines = new ArrayList<>();
        lines.add("Primary: " + (role.primary() == null ? "(nobody)" : index.personName(role.primary())));
        lines.add("Deputies: " + (role.deputies().isEmpty() ? "(none)" : index.personNames(role.deputies())));
        lines.add("Critical: " + (role.critical() ? "yes" : "no"));
        optional(lines, "Description", role.description());
        if (role.tasks().isEmpty()) {
            lines.add("Tasks: (none)");
        }
        for (int i = 0; i < role.tasks().size(); i++) {
            Task task = role.tasks().get(i);
            lines.add("Task " + (i + 1) + ": " + task.title() + ", " + Durations.timing(task.targetMinutes(),
                    task.repeatMinutes()));
        }
        return item(new ItemRef(ItemRef.Kind.ROLE, role.id()), role.name(), lines);
    }

    private static AgendaItem task(Task task, Role role) {
        return item(new ItemRef(ItemRef.Kind.TASK, task.id()), task.title(), List.of("Role: " + role.name(),
                "When: " + Durations.timing(task.targetMinutes(), task.repeatMinutes())));
    }

    private static AgendaItem scenario(Scenario scenario, PlanIndex index) {
        List<String> lines = new ArrayList<>();
        lines.add("Severity: " + scenario.severity() + " of " + Scenario.MAX_SEVERITY);
        optional(lines, "Description", scenario.description());
        lines.add("Roles: " + (scenario.roles().isEmpty() ? "(none)" : index.roleNames(scenario.roles())));
        lines.add("Tasks: " + (scenario.tasks().isEmpty() ? "every task of its roles"
                : index.taskTitles(scenario.tasks())));
        if (scenario.statements().isEmpty()) {
            lines.add("Statements: (none)");
        }
        for (Statement statement : scenario.statements()) {
            lines.add(statementLine(statement));
        }
        return item(new ItemRef(ItemRef.Kind.SCENARIO, scenario.id()), scenario.name(), lines);
    }

    private static String statementLine(Statement statement) {
        return PlanIndex.statementName(statement.kind()) + " (" + statement.lang() + "): " + statement.text();
    }

    private static AgendaItem escalation(EscalationCriterion criterion, PlanIndex index) {
        return item(new ItemRef(ItemRef.Kind.ESCALATION, criterion.id()), criterion.description(),
                List.of("Escalates to: " + (criterion.role() == null ? "the crisis lead"
                        : index.roleName(criterion.role()))));
    }

    private static AgendaItem contact(ContactLink link, PlanIndex index) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < link.calls().size(); i++) {
            String called = link.calls().get(i);
            String phone = index.person(called).map(Person::phone).orElse(null);
            lines.add("Calls " + (i + 1) + ": " + index.personName(called) + (phone == null ? "" : ", " + phone));
        }
        if (lines.isEmpty()) {
            lines.add("Calls: (nobody)");
        }
        return item(new ItemRef(ItemRef.Kind.CONTACT, link.person()), index.personName(link.person()) + " calls",
                lines);
    }

    private static AgendaItem calendar(CalendarRule rule) {
        List<String> lines = new ArrayList<>();
        lines.add("During a crisis: " + rule.action().name().toLowerCase(Locale.ROOT));
        optional(lines, "Note", rule.note());
        return item(new ItemRef(ItemRef.Kind.CALENDAR, rule.id()), rule.what(), lines);
    }

    private static AgendaItem fact(Fact fact) {
        return item(new ItemRef(ItemRef.Kind.FACT, fact.id()), fact.topic(), List.of(fact.text()));
    }

    /** A flagged item that is no section's own element: a statement, a review, or nothing the plan holds. */
    private static AgendaItem other(String item, PlanIndex index) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(item);
        } catch (IllegalArgumentException e) {
            return new AgendaItem(item, "unknown", item, List.of("(not an element of the plan)"), List.of());
        }
        if (ref.kind() == ItemRef.Kind.STATEMENT) {
            Optional<Statement> statement = index.statement(ref.id());
            if (statement.isPresent()) {
                return item(ref, index.label(ref), List.of(statementLine(statement.get())));
            }
        }
        List<String> lines = index.exists(ref) ? List.of() : List.of("(not in the plan any more)");
        return item(ref, index.label(ref), lines);
    }

    private static AgendaItem item(ItemRef ref, String title, List<String> lines) {
        return new AgendaItem(ref.toString(), ref.kind().word(), title, lines, List.of());
    }

    private static void optional(List<String> lines, String name, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(name + ": " + value);
        }
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value;
    }
}
