package webcare.ui.plan.swt;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.Durations;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ItemRef.Kind;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.ui.api.DisplayFormats;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.FieldChecks;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanOutline.Section;
import webcare.ui.plan.swt.FormBuilder.Option;

/** The form of each kind of element, and the page of each section. */
final class PlanForms {

    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final Function<String, Optional<String>> ANYTHING = text -> Optional.empty();

    private final FormBuilder form;
    private final FormContext context;
    private final ResourceBundle texts;
    private final Locale locale;
    private final DisplayFormats formats;
    private final Plan plan;

    private PlanForms(FormBuilder form, FormContext context) {
        this.form = form;
        this.context = context;
        this.texts = context.texts();
        this.locale = context.locale();
        this.formats = new DisplayFormats(locale, ChangeText.ZONE);
        this.plan = context.plan();
    }

    /** Builds the form for the tree line with {@code key} into {@code form}. */
    static void build(FormBuilder form, FormContext context, String key) {
        PlanForms forms = new PlanForms(form, context);
        for (Section section : Section.values()) {
            if (section.key().equals(key)) {
                forms.section(section);
                return;
            }
        }
        ItemRef ref = ItemRef.parse(key);
        switch (ref.kind()) {
            case ORGANISATION -> forms.organisation();
            case PERSON -> context.plan().person(ref.id()).ifPresent(forms::person);
            case ROLE -> context.plan().role(ref.id()).ifPresent(forms::role);
            case TASK -> PlanEdits.findTask(context.plan(), ref.id()).ifPresent(forms::task);
            case SCENARIO -> context.plan().scenario(ref.id()).ifPresent(forms::scenario);
            case STATEMENT -> PlanEdits.StatementAt.of(ref).ifPresent(forms::statement);
            case ESCALATION -> context.plan().escalation().stream().filter(e -> e.id().equals(ref.id()))
                    .findFirst().ifPresent(forms::escalation);
            case CONTACT -> context.plan().contactTree().stream().filter(c -> c.person().equals(ref.id()))
                    .findFirst().ifPresent(forms::contact);
            case CALENDAR -> context.plan().contentCalendar().stream().filter(c -> c.id().equals(ref.id()))
                    .findFirst().ifPresent(forms::calendarRule);
            case FACT -> context.plan().facts().stream().filter(f -> f.id().equals(ref.id())).findFirst()
                    .ifPresent(forms::fact);
            case REVIEW -> forms.organisation();
        }
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String required(String key) {
        return texts.getString(key) + " *";
    }

    private String kind(Kind kind) {
        return text("kind." + kind.name());
    }

    // ---- organisation and sections -------------------------------------------------------------

    private void organisation() {
        Organisation organisation = plan.organisation();
        form.header(kind(Kind.ORGANISATION), organisation.name());
        Composite group = form.group(text("group.organisation"));
        Text name = form.text(group, "name", required("field.name"), organisation.name(), 1, FieldChecks::required,
                (plan, value) -> plan.withOrganisation(new Organisation(value.strip(), plan.organisation().website(),
                        plan.organisation().notes())), null);
        name.addListener(SWT.Modify, event -> form.title(name.getText()));
        form.text(group, "website", text("field.website"), organisation.website(), 1, FieldChecks::website,
                (plan, value) -> plan.withOrganisation(new Organisation(plan.organisation().name(),
                        FieldChecks.optional(value), plan.organisation().notes())), null)
                .setMessage(text("hint.website"));
        form.text(group, "notes", text("field.notes"), organisation.notes(), 3, ANYTHING,
                (plan, value) -> plan.withOrganisation(new Organisation(plan.organisation().name(),
                        plan.organisation().website(), FieldChecks.optional(value))), null);

        Composite review = form.group(text("group.review"));
        Optional<Review> last = plan.lastReview();
        form.info(review, text("field.lastReview"), last.map(r -> Messages.format(locale, text("review.last"),
                formats.date(r.date()), context.outline().personName(r.approvedBy())))
                .orElse(text("review.never")));
        form.text(review, "nextReview", text("field.nextReview"),
                plan.nextReview() == null ? "" : formats.date(plan.nextReview()), 1, FieldChecks::date,
                (plan, value) -> plan.withNextReview(FieldChecks.parseDate(value).orElse(null)),
                value -> FieldChecks.parseDate(value).map(formats::date).orElse(value))
                .setMessage(text("hint.date"));
        form.note(review, text("review.note"));
    }

    private void section(Section section) {
        form.header(text("page.section"), context.outline().sectionTitle(section));
        Composite group = form.group(context.outline().sectionTitle(section));
        form.note(group, text("section." + section.name() + ".about"));
        int count = switch (section) {
            case PEOPLE -> plan.people().size();
            case ROLES -> plan.roles().size();
            case SCENARIOS -> plan.scenarios().size();
            case ESCALATION -> plan.escalation().size();
            case CONTACTS -> plan.contactTree().size();
            case CALENDAR -> plan.contentCalendar().size();
            case FACTS -> plan.facts().size();
        };
        form.info(group, text("field.count"), Integer.toString(count));
        form.action(group, "add", text("add." + section.kind().name()),
                () -> context.add(section.kind(), null));
    }

    // ---- people and roles ----------------------------------------------------------------------

    private void person(Person person) {
        String id = person.id();
        form.header(kind(Kind.PERSON), person.name());
        Composite who = form.group(text("group.person"));
        Text name = form.text(who, "name", required("field.name"), person.name(), 1, FieldChecks::required,
                (plan, value) -> PlanEdits.person(plan, id, p -> new Person(id, value.strip(), p.function(),
                        p.phone(), p.otherPhones(), p.email(), p.languages(), p.availability())), null);
        name.addListener(SWT.Modify, event -> form.title(name.getText()));
        form.text(who, "function", text("field.function"), person.function(), 1, ANYTHING,
                (plan, value) -> PlanEdits.person(plan, id, p -> new Person(id, p.name(), FieldChecks.optional(value),
                        p.phone(), p.otherPhones(), p.email(), p.languages(), p.availability())), null);

        Composite reach = form.group(text("group.reach"));
        form.text(reach, "phone", text("field.phone"), person.phone(), 1, FieldChecks::phone,
                (plan, value) -> PlanEdits.person(plan, id, p -> new Person(id, p.name(), p.function(),
                        FieldChecks.optional(value), p.otherPhones(), p.email(), p.languages(), p.availability())),
                null).setMessage(text("hint.phone"));
        form.text(reach, "otherPhones", text("field.otherPhones"), String.join("\n", person.otherPhones()), 2,
                FieldChecks::phones, (plan, value) -> PlanEdits.person(plan, id, p -> new Person(id, p.name(),
                        p.function(), p.phone(), FieldChecks.lines(value), p.email(), p.languages(),
                        p.availability())), null).setToolTipText(text("hint.otherPhones"));
        form.text(reach, "email", text("field.email"), person.email(), 1, FieldChecks::email,
                (plan, value) -> PlanEdits.person(plan, id, p -> new Person(id, p.name(), p.function(), p.phone(),
                        p.otherPhones(), FieldChecks.optional(value), p.languages(), p.availability())), null)
                .setMessage(text("hint.email"));

        Composite availability = form.group(text("group.availability"));
        List<Option> languages = new ArrayList<>();
        for (String lang : LANGUAGES) {
            languages.add(new Option(lang, text("language." + lang), person.languages().contains(lang)));
        }
        form.checks(availability, "languages", text("field.languages"), languages,
                (lang, on) -> PlanEdits.person(context.plan(), id, p -> new Person(id, p.name(), p.function(),
                        p.phone(), p.otherPhones(), p.email(), toggled(p.languages(), lang, on, LANGUAGES),
                        p.availability())));
        form.text(availability, "availability", text("field.availability"), person.availability(), 2, ANYTHING,
                (plan, value) -> PlanEdits.person(plan, id, p -> new Person(id, p.name(), p.function(), p.phone(),
                        p.otherPhones(), p.email(), p.languages(), FieldChecks.optional(value))), null)
                .setMessage(text("hint.availability"));

        Composite roles = form.group(text("group.personRoles"));
        List<String> primary = new ArrayList<>();
        List<String> deputy = new ArrayList<>();
        for (Role role : plan.roles()) {
            if (id.equals(role.primary())) {
                primary.add(role.name());
            }
            if (role.deputies().contains(id)) {
                deputy.add(role.name());
            }
        }
        if (primary.isEmpty() && deputy.isEmpty()) {
            form.note(roles, text("person.noRoles"));
        } else {
            form.info(roles, text("field.primaryFor"), primary.isEmpty() ? "\u2014" : String.join(", ", primary));
            form.info(roles, text("field.deputyFor"), deputy.isEmpty() ? "\u2014" : String.join(", ", deputy));
        }
    }

    private void role(Role role) {
        String id = role.id();
        form.header(kind(Kind.ROLE), role.name());
        Composite what = form.group(text("group.role"));
        Text name = form.text(what, "name", required("field.name"), role.name(), 1, FieldChecks::required,
                (plan, value) -> PlanEdits.role(plan, id, r -> new Role(id, value.strip(), r.critical(), r.primary(),
                        r.deputies(), r.description(), r.tasks())), null);
        name.addListener(SWT.Modify, event -> form.title(name.getText()));
        form.text(what, "description", text("field.description"), role.description(), 3, ANYTHING,
                (plan, value) -> PlanEdits.role(plan, id, r -> new Role(id, r.name(), r.critical(), r.primary(),
                        r.deputies(), FieldChecks.optional(value), r.tasks())), null);
        form.check(what, "critical", text("field.critical"), text("role.critical"), role.critical(),
                on -> PlanEdits.role(context.plan(), id, r -> new Role(id, r.name(), on, r.primary(), r.deputies(),
                        r.description(), r.tasks())));

        Composite holders = form.group(text("group.holders"));
        List<Person> people = byName(plan.people());
        List<String> primaryItems = new ArrayList<>();
        primaryItems.add(text("role.nobody"));
        people.forEach(person -> primaryItems.add(person.name()));
        int selected = 0;
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id().equals(role.primary())) {
                selected = i + 1;
            }
        }
        if (role.primary() != null && selected == 0) {
            primaryItems.add(text("person.unknown"));
            selected = primaryItems.size() - 1;
        }
        // the last item may be "(unknown person)": choosing it changes nothing
        form.combo(holders, "primary", text("field.primary"), primaryItems, selected, index -> index == 0
                ? PlanEdits.setPrimary(context.plan(), id, null)
                : index <= people.size() ? PlanEdits.setPrimary(context.plan(), id, people.get(index - 1).id())
                : context.plan());
        Set<String> assigned = new HashSet<>(role.deputies());
        if (role.primary() != null) {
            assigned.add(role.primary());
        }
        form.personList(holders, "deputies", text("field.deputies"), options(role.deputies()),
                people.stream().filter(person -> !assigned.contains(person.id()))
                        .map(person -> new Option(person.id(), person.name(), false)).toList(),
                (plan, person) -> PlanEdits.addDeputy(plan, id, person),
                (plan, person) -> PlanEdits.removeDeputy(plan, id, person),
                (plan, person, delta) -> PlanEdits.moveDeputy(plan, id, person, delta));
        form.note(holders, text("role.dragTip"));

        Composite tasks = form.group(text("group.tasks"));
        if (role.tasks().isEmpty()) {
            form.note(tasks, text("role.noTasks"));
        } else {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < role.tasks().size(); i++) {
                lines.add((i + 1) + ".  " + context.outline().label(new ItemRef(Kind.TASK, role.tasks().get(i).id())));
            }
            form.info(tasks, text("field.checklist"), String.join("\n", lines));
        }
        form.action(tasks, "addTask", text("add.TASK"), () -> context.add(Kind.TASK, new ItemRef(Kind.ROLE, id)));
    }

    private void task(Task task) {
        String id = task.id();
        form.header(kind(Kind.TASK), task.title());
        Composite what = form.group(text("group.task"));
        PlanEdits.roleOfTask(plan, id).ifPresent(role -> form.info(what, text("field.role"), role.name()));
        Text title = form.text(what, "title", required("field.title"), task.title(), 1, FieldChecks::required,
                (plan, value) -> PlanEdits.task(plan, id, t -> new Task(id, value.strip(), t.targetMinutes(),
                        t.repeatMinutes())), null);
        title.addListener(SWT.Modify, event -> form.title(title.getText()));
        form.text(what, "target", text("field.target"), minutes(task.targetMinutes()), 1, FieldChecks::minutes,
                (plan, value) -> PlanEdits.task(plan, id, t -> new Task(id, t.title(), toMinutes(value),
                        t.repeatMinutes())), this::formatMinutes).setMessage(text("hint.duration"));
        form.text(what, "repeat", text("field.repeat"), minutes(task.repeatMinutes()), 1, FieldChecks::minutes,
                (plan, value) -> PlanEdits.task(plan, id, t -> new Task(id, t.title(), t.targetMinutes(),
                        toMinutes(value))), this::formatMinutes).setMessage(text("hint.repeat"));
        form.note(what, text("task.note"));
    }

    // ---- scenarios and statements --------------------------------------------------------------

    private void scenario(Scenario scenario) {
        String id = scenario.id();
        form.header(kind(Kind.SCENARIO), scenario.name());
        Composite what = form.group(text("group.scenario"));
        Text name = form.text(what, "name", required("field.name"), scenario.name(), 1, FieldChecks::required,
                (plan, value) -> PlanEdits.scenario(plan, id, s -> new Scenario(id, value.strip(), s.severity(),
                        s.description(), s.roles(), s.tasks(), s.statements())), null);
        name.addListener(SWT.Modify, event -> form.title(name.getText()));
        List<String> severities = new ArrayList<>();
        for (int level = Scenario.MIN_SEVERITY; level <= Scenario.MAX_SEVERITY; level++) {
            severities.add(level + " \u2013 " + text("severity." + level));
        }
        form.combo(what, "severity", text("field.severity"), severities,
                Math.max(0, Math.min(severities.size() - 1, scenario.severity() - Scenario.MIN_SEVERITY)),
                index -> PlanEdits.scenario(context.plan(), id, s -> new Scenario(id, s.name(),
                        index + Scenario.MIN_SEVERITY, s.description(), s.roles(), s.tasks(), s.statements())));
        form.text(what, "description", text("field.recognise"), scenario.description(), 4, ANYTHING,
                (plan, value) -> PlanEdits.scenario(plan, id, s -> new Scenario(id, s.name(), s.severity(),
                        FieldChecks.optional(value), s.roles(), s.tasks(), s.statements())), null);

        Composite activates = form.group(text("group.activates"));
        form.checklist(activates, "roles", text("field.roles"), plan.roles().stream()
                .map(role -> new Option(role.id(), role.name(), scenario.roles().contains(role.id()))).toList(),
                text("scenario.noRoles"), (role, on) -> PlanEdits.scenarioRole(context.plan(), id, role, on));
        List<Option> tasks = new ArrayList<>();
        for (Role role : plan.roles()) {
            if (scenario.roles().contains(role.id())) {
                role.tasks().forEach(task -> tasks.add(new Option(task.id(), task.title() + "  (" + role.name() + ")",
                        scenario.tasks().contains(task.id()))));
            }
        }
        form.checklist(activates, "tasks", text("field.tasks"), tasks, text("scenario.noTasks"),
                (task, on) -> PlanEdits.scenarioTask(context.plan(), id, task, on));
        form.note(activates, text("scenario.tasksNote"));

        Composite statements = form.group(text("group.statements"));
        if (scenario.statements().isEmpty()) {
            form.note(statements, text("scenario.noStatements"));
        } else {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < scenario.statements().size(); i++) {
                Statement statement = scenario.statements().get(i);
                lines.add(context.outline().label(PlanEdits.statementRef(id, i)) + "  \u2014 "
                        + Messages.format(locale, text("statement.length"), statement.text().length()));
            }
            form.info(statements, text("field.prepared"), String.join("\n", lines));
        }
        form.action(statements, "addStatement", text("add.STATEMENT"),
                () -> context.add(Kind.STATEMENT, new ItemRef(Kind.SCENARIO, id)));
    }

    private void statement(PlanEdits.StatementAt at) {
        Optional<Scenario> scenario = plan.scenario(at.scenario());
        if (scenario.isEmpty() || at.index() < 0 || at.index() >= scenario.get().statements().size()) {
            return;
        }
        Statement statement = scenario.get().statements().get(at.index());
        String scenarioId = at.scenario();
        int index = at.index();
        ItemRef ref = PlanEdits.statementRef(scenarioId, index);
        form.header(kind(Kind.STATEMENT), context.outline().label(ref));
        Composite what = form.group(text("group.statement"));
        form.info(what, text("field.scenario"), scenario.get().name());
        List<Statement.Kind> kinds = List.of(Statement.Kind.values());
        form.combo(what, "kind", text("field.statementKind"),
                kinds.stream().map(kind -> text("statement." + kind)).toList(), kinds.indexOf(statement.kind()),
                choice -> PlanEdits.statement(context.plan(), scenarioId, index,
                        s -> new Statement(kinds.get(choice), s.lang(), s.text())));
        List<String> langs = new ArrayList<>(LANGUAGES);
        if (!langs.contains(statement.lang())) {
            langs.add(statement.lang());
        }
        form.combo(what, "lang", text("field.language"), langs.stream()
                .map(lang -> LANGUAGES.contains(lang) ? text("language." + lang) : lang).toList(),
                langs.indexOf(statement.lang()), choice -> PlanEdits.statement(context.plan(), scenarioId, index,
                        s -> new Statement(s.kind(), langs.get(choice), s.text())));
        form.text(what, "text", required("field.text"), statement.text(), 12, FieldChecks::required,
                (plan, value) -> PlanEdits.statement(plan, scenarioId, index,
                        s -> new Statement(s.kind(), s.lang(), value.strip())), null);
        form.note(what, text("statement.placeholders"));
    }

    // ---- the rest ------------------------------------------------------------------------------

    private void escalation(EscalationCriterion criterion) {
        String id = criterion.id();
        form.header(kind(Kind.ESCALATION), criterion.description());
        Composite what = form.group(text("group.escalation"));
        Text description = form.text(what, "description", required("field.criterion"), criterion.description(), 3,
                FieldChecks::required, (plan, value) -> PlanEdits.escalation(plan, id,
                        e -> new EscalationCriterion(id, value.strip(), e.role())), null);
        description.addListener(SWT.Modify, event -> form.title(description.getText()));
        List<String> items = new ArrayList<>();
        items.add(text("escalation.crisisLead"));
        plan.roles().forEach(role -> items.add(role.name()));
        int selected = 0;
        for (int i = 0; i < plan.roles().size(); i++) {
            if (plan.roles().get(i).id().equals(criterion.role())) {
                selected = i + 1;
            }
        }
        List<Role> roles = plan.roles();
        form.combo(what, "role", text("field.escalatesTo"), items, selected,
                index -> PlanEdits.escalation(context.plan(), id, e -> new EscalationCriterion(id, e.description(),
                        index == 0 ? null : roles.get(index - 1).id())));
    }

    private void contact(ContactLink link) {
        String caller = link.person();
        form.header(kind(Kind.CONTACT), context.outline().personName(caller));
        Composite what = form.group(text("group.contact"));
        Set<String> callers = new HashSet<>();
        plan.contactTree().forEach(each -> callers.add(each.person()));
        List<Person> possible = byName(plan.people()).stream()
                .filter(person -> person.id().equals(caller) || !callers.contains(person.id())).toList();
        int selected = -1;
        for (int i = 0; i < possible.size(); i++) {
            if (possible.get(i).id().equals(caller)) {
                selected = i;
            }
        }
        form.combo(what, "caller", text("field.caller"), possible.stream().map(Person::name).toList(), selected,
                index -> {
                    String chosen = possible.get(index).id();
                    Plan next = PlanEdits.contact(context.plan(), caller, c -> new ContactLink(chosen,
                            PlanEdits.without(c.calls(), chosen)));
                    context.selectAfterChange(new ItemRef(Kind.CONTACT, chosen).toString());
                    return next;
                });
        form.personList(what, "calls", text("field.calls"), options(link.calls()),
                byName(plan.people()).stream()
                        .filter(person -> !person.id().equals(caller) && !link.calls().contains(person.id()))
                        .map(person -> new Option(person.id(), person.name(), false)).toList(),
                (plan, person) -> PlanEdits.contact(plan, caller, c -> new ContactLink(caller,
                        PlanEdits.append(c.calls(), person))),
                (plan, person) -> PlanEdits.contact(plan, caller, c -> new ContactLink(caller,
                        PlanEdits.without(c.calls(), person))),
                (plan, person, delta) -> PlanEdits.contact(plan, caller, c -> {
                    List<String> calls = new ArrayList<>(c.calls());
                    int from = calls.indexOf(person);
                    int to = from + delta;
                    if (from >= 0 && to >= 0 && to < calls.size()) {
                        calls.add(to, calls.remove(from));
                    }
                    return new ContactLink(caller, calls);
                }));
        form.note(what, text("contact.note"));
    }

    private void calendarRule(CalendarRule rule) {
        String id = rule.id();
        form.header(kind(Kind.CALENDAR), rule.what());
        Composite what = form.group(text("group.calendar"));
        Text content = form.text(what, "what", required("field.what"), rule.what(), 1, FieldChecks::required,
                (plan, value) -> PlanEdits.calendarRule(plan, id, r -> new CalendarRule(id, value.strip(),
                        r.action(), r.note())), null);
        content.addListener(SWT.Modify, event -> form.title(content.getText()));
        List<CalendarRule.Action> actions = List.of(CalendarRule.Action.values());
        form.combo(what, "action", text("field.action"),
                actions.stream().map(action -> text("action." + action)).toList(), actions.indexOf(rule.action()),
                index -> PlanEdits.calendarRule(context.plan(), id, r -> new CalendarRule(id, r.what(),
                        actions.get(index), r.note())));
        form.text(what, "note", text("field.note"), rule.note(), 2, ANYTHING,
                (plan, value) -> PlanEdits.calendarRule(plan, id, r -> new CalendarRule(id, r.what(), r.action(),
                        FieldChecks.optional(value))), null).setMessage(text("hint.calendarNote"));
    }

    private void fact(Fact fact) {
        String id = fact.id();
        form.header(kind(Kind.FACT), fact.topic());
        Composite what = form.group(text("group.fact"));
        Text topic = form.text(what, "topic", required("field.topic"), fact.topic(), 1, FieldChecks::required,
                (plan, value) -> PlanEdits.fact(plan, id, f -> new Fact(id, value.strip(), f.text())), null);
        topic.addListener(SWT.Modify, event -> form.title(topic.getText()));
        form.text(what, "text", required("field.fact"), fact.text(), 5, FieldChecks::required,
                (plan, value) -> PlanEdits.fact(plan, id, f -> new Fact(id, f.topic(), value.strip())), null);
        form.note(what, text("fact.note"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private List<Option> options(List<String> personIds) {
        return personIds.stream().map(person -> new Option(person, context.outline().personName(person), false))
                .toList();
    }

    private List<Person> byName(List<Person> people) {
        Collator collator = Collator.getInstance(locale);
        return people.stream().sorted(Comparator.comparing(Person::name, collator)).toList();
    }

    private String minutes(Integer minutes) {
        return minutes == null ? "" : Durations.format(minutes, locale);
    }

    private String formatMinutes(String typed) {
        return typed.isBlank() ? "" : minutes(Durations.minutes(typed).orElse(0));
    }

    private static Integer toMinutes(String typed) {
        return typed.isBlank() ? null : Durations.minutes(typed).orElseThrow();
    }

    /** {@code values} with {@code value} added or removed, in the order of {@code order}. */
    private static List<String> toggled(List<String> values, String value, boolean on, List<String> order) {
        List<String> result = new ArrayList<>(values);
        result.remove(value);
        if (on) {
            result.add(value);
        }
        result.sort(Comparator.comparingInt(each -> order.contains(each) ? order.indexOf(each) : order.size()));
        return result;
    }
}
