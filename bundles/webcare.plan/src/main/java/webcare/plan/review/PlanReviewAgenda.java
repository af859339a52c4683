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
import webcare.plan.index.PlanNames;
import webcare.plan.index.Texts;
import webcare.plan.index.Timings;

/**
 * The walk through a plan in a review session. Each element is one item, once: flagged ones
 * (the plan's flags, then what the last review flagged) come first, in the order they were
 * flagged; the rest follow section by section in plan order. Lines are in English or Dutch, in the
 * words of the printed plan ("Phone: …", "within 1 h"; "Telefoon: …", "binnen 1 uur"). Thread-safe:
 * it keeps no state.
 */
@Component
public final class PlanReviewAgenda implements ReviewAgenda {

    @Override
    public List<AgendaItem> agenda(Plan plan, Locale language) {
        Texts texts = Texts.of(language);
        PlanNames names = new PlanNames(plan, texts);
        Map<String, List<String>> flags = flags(plan, texts);
        Map<String, AgendaItem> sections = sections(plan, names);
        List<AgendaItem> agenda = new ArrayList<>(sections.size() + flags.size());
        flags.forEach((item, notes) -> {
            AgendaItem plain = sections.containsKey(item) ? sections.get(item) : other(item, names);
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
    private static Map<String, List<String>> flags(Plan plan, Texts texts) {
        Map<String, List<String>> flags = new LinkedHashMap<>();
        for (Flag flag : plan.flags()) {
            String raised = texts.date(flag.raised());
            String source = flag.source() == null ? texts.format("flag.raised", raised) : flag.source() + ", " + raised;
            flags.computeIfAbsent(flag.item(), item -> new ArrayList<>()).add(flag.note() + " (" + source + ")");
        }
        Optional<Review> last = plan.lastReview();
        if (last.isPresent()) {
            String source = texts.format("flag.review", texts.date(last.get().date()));
            for (ReviewItem item : last.get().items()) {
                if (item.outcome() == ReviewItem.Outcome.FLAGGED) {
                    flags.computeIfAbsent(item.item(), key -> new ArrayList<>()).add(
                            (item.note() == null ? texts.format("flag.flagged") : item.note()) + " (" + source + ")");
                }
            }
        }
        return flags;
    }

    private static Map<String, AgendaItem> sections(Plan plan, PlanNames names) {
        Texts texts = names.texts();
        Map<String, AgendaItem> items = new LinkedHashMap<>();
        add(items, organisation(plan, texts));
        plan.people().forEach(person -> add(items, person(person, texts)));
        plan.roles().forEach(role -> add(items, role(role, names)));
        for (Role role : plan.roles()) {
            role.tasks().forEach(task -> add(items, task(task, role, texts)));
        }
        plan.scenarios().forEach(scenario -> add(items, scenario(scenario, names)));
        plan.escalation().forEach(criterion -> add(items, escalation(criterion, names)));
        plan.contactTree().forEach(link -> add(items, contact(link, names)));
        plan.contentCalendar().forEach(rule -> add(items, calendar(rule, texts)));
        plan.facts().forEach(fact -> add(items, fact(fact)));
        return items;
    }

    private static void add(Map<String, AgendaItem> items, AgendaItem item) {
        items.putIfAbsent(item.item(), item);
    }

    private static AgendaItem organisation(Plan plan, Texts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.format("agenda.name", plan.organisation().name()));
        optional(lines, texts, "agenda.website", plan.organisation().website());
        optional(lines, texts, "agenda.notes", plan.organisation().notes());
        lines.add(texts.format("agenda.nextReview", plan.nextReview() == null ? texts.format("agenda.notSet")
                : texts.date(plan.nextReview())));
        return item(new ItemRef(ItemRef.Kind.ORGANISATION, ""), plan.organisation().name(), lines);
    }

    private static AgendaItem person(Person person, Texts texts) {
        List<String> lines = new ArrayList<>();
        optional(lines, texts, "agenda.function", person.function());
        lines.add(texts.format("agenda.phone", texts.orNone(person.phone())));
        if (!person.otherPhones().isEmpty()) {
            lines.add(texts.format("agenda.otherPhones", String.join(", ", person.otherPhones())));
        }
        lines.add(texts.format("agenda.email", texts.orNone(person.email())));
        lines.add(texts.format("agenda.languages", texts.orNone(String.join(", ", person.languages()))));
        optional(lines, texts, "agenda.availability", person.availability());
        return item(new ItemRef(ItemRef.Kind.PERSON, person.id()), person.name(), lines);
    }

    private static AgendaItem role(Role role, PlanNames names) {
        Texts texts = names.texts();
        List<String> lines = new ArrayList<>();
        lines.add(texts.format("agenda.primary", role.primary() == null ? texts.format("agenda.nobody")
                : names.personName(role.primary())));
        lines.add(texts.format("agenda.deputies", texts.orNone(names.personNames(role.deputies()))));
        lines.add(texts.format("agenda.critical", texts.format(role.critical() ? "yes" : "no")));
        optional(lines, texts, "agenda.description", role.description());
        if (role.tasks().isEmpty()) {
            lines.add(texts.format("agenda.tasks", texts.orNone(null)));
        }
        for (int i = 0; i < role.tasks().size(); i++) {
            Task task = role.tasks().get(i);
            lines.add(texts.format("agenda.task", Integer.toString(i + 1), task.title(),
                    Timings.timing(task.targetMinutes(), task.repeatMinutes(), texts)));
        }
        return item(new ItemRef(ItemRef.Kind.ROLE, role.id()), role.name(), lines);
    }

    private static AgendaItem task(Task task, Role role, Texts texts) {
        return item(new ItemRef(ItemRef.Kind.TASK, task.id()), task.title(), List.of(
                texts.format("agenda.role", role.name()),
                texts.format("agenda.when", Timings.timing(task.targetMinutes(), task.repeatMinutes(), texts))));
    }

    private static AgendaItem scenario(Scenario scenario, PlanNames names) {
        Texts texts = names.texts();
        List<String> lines = new ArrayList<>();
        lines.add(texts.format("agenda.severity", scenario.severity(), Scenario.MAX_SEVERITY));
        optional(lines, texts, "agenda.description", scenario.description());
        lines.add(texts.format("agenda.roles", texts.orNone(names.roleNames(scenario.roles()))));
        lines.add(texts.format("agenda.tasks", scenario.tasks().isEmpty() ? texts.format("agenda.allTasks")
                : names.taskTitles(scenario.tasks())));
        if (scenario.statements().isEmpty()) {
            lines.add(texts.format("agenda.statements", texts.orNone(null)));
        }
        for (Statement statement : scenario.statements()) {
            lines.add(statementLine(statement, names));
        }
        return item(new ItemRef(ItemRef.Kind.SCENARIO, scenario.id()), scenario.name(), lines);
    }

    private static String statementLine(Statement statement, PlanNames names) {
        return names.statementName(statement.kind()) + " (" + statement.lang() + "): " + statement.text();
    }

    private static AgendaItem escalation(EscalationCriterion criterion, PlanNames names) {
        Texts texts = names.texts();
        return item(new ItemRef(ItemRef.Kind.ESCALATION, criterion.id()), criterion.description(),
                List.of(texts.format("agenda.escalatesTo", criterion.role() == null ? texts.format("agenda.crisisLead")
                        : names.roleName(criterion.role()))));
    }

    private static AgendaItem contact(ContactLink link, PlanNames names) {
        Texts texts = names.texts();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < link.calls().size(); i++) {
            String called = link.calls().get(i);
            String phone = names.index().person(called).map(Person::phone).orElse(null);
            lines.add(texts.format("agenda.callsNumber", Integer.toString(i + 1),
                    names.personName(called) + (phone == null ? "" : ", " + phone)));
        }
        if (lines.isEmpty()) {
            lines.add(texts.format("agenda.calls", texts.format("agenda.nobody")));
        }
        return item(new ItemRef(ItemRef.Kind.CONTACT, link.person()),
                texts.format("agenda.caller", names.personName(link.person())), lines);
    }

    private static AgendaItem calendar(CalendarRule rule, Texts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.format("agenda.duringCrisis", switch (rule.action()) {
            case PAUSE -> texts.format("action.pause");
            case REVIEW -> texts.format("action.review");
            case CONTINUE -> texts.format("action.continue");
        }));
        optional(lines, texts, "agenda.note", rule.note());
        return item(new ItemRef(ItemRef.Kind.CALENDAR, rule.id()), rule.what(), lines);
    }

    private static AgendaItem fact(Fact fact) {
        return item(new ItemRef(ItemRef.Kind.FACT, fact.id()), fact.topic(), List.of(fact.text()));
    }

    /** A flagged item that is no section's own element: a statement, a review, or nothing the plan holds. */
    private static AgendaItem other(String item, PlanNames names) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(item);
        } catch (IllegalArgumentException e) {
            return new AgendaItem(item, "unknown", item, List.of(names.texts().format("agenda.notAnElement")),
                    List.of());
        }
        if (ref.kind() == ItemRef.Kind.STATEMENT) {
            Optional<Statement> statement = names.index().statement(ref.id());
            if (statement.isPresent()) {
                return item(ref, names.label(ref), List.of(statementLine(statement.get(), names)));
            }
        }
        List<String> lines = names.index().exists(ref) ? List.of() : List.of(names.texts().format("agenda.gone"));
        return item(ref, names.label(ref), lines);
    }

    private static AgendaItem item(ItemRef ref, String title, List<String> lines) {
        return new AgendaItem(ref.toString(), ref.kind().word(), title, lines, List.of());
    }

    /** The line {@code key} for {@code value}, when there is a value. */
    private static void optional(List<String> lines, Texts texts, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(texts.format(key, value));
        }
    }
}
