package webcare.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ContactLink;
import webcare.model.plan.EscalationCriterion;
import webcare.model.plan.Fact;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.ExportContext;
import webcare.report.Report.Block;
import webcare.report.Report.Column;
import webcare.report.Report.Field;
import webcare.report.Report.Fields;
import webcare.report.Report.Heading;
import webcare.report.Report.Items;
import webcare.report.Report.Paragraph;
import webcare.report.Report.Quote;
import webcare.report.Report.Section;
import webcare.report.Report.Table;
import webcare.report.Report.Title;

/**
 * The whole plan as a printable document: complete, because a crisis may strike when systems are
 * down and the printout is all there is. The cover stands on its own page; the sections after it
 * run on, each starting where the last one ended when there is room.
 */
final class PlanReport {

    private final Names names;
    private final Labels labels;
    private final ExportContext context;
    private final Plan plan;
    private final String status;

    private PlanReport(Plan plan, ExportContext context, String status) {
        this.plan = plan;
        this.status = status;
        this.context = context;
        this.labels = Labels.of(context.language());
        this.names = new Names(plan, labels);
    }

    /** @param status the approval status line under the title ({@link Approval#status}) */
    static Report of(Plan plan, ExportContext context, String status) {
        return new PlanReport(plan, context, status).build();
    }

    /** "Crisisplan Org — versie 3 — 24 november 2026": the footer of the plan's printed pages. */
    static String footer(Plan plan, ExportContext context, Labels labels) {
        String organisation = plan.organisation().name();
        String day = labels.date(LocalDate.ofInstant(context.generatedAt(), context.zone()));
        return context.version() == null ? labels.format("footer.working", organisation, day)
                : labels.format("footer.version", organisation, Integer.toString(context.version()), day);
    }

    private Report build() {
        List<Section> sections = new ArrayList<>();
        sections.add(cover());
        sections.add(new Section(labels.text("section.contacts"), true, contacts()));
        sections.add(new Section(labels.text("section.roles"), false, roles()));
        sections.add(new Section(labels.text("section.scenarios"), false, scenarios()));
        sections.add(new Section(labels.text("section.escalation"), false, escalation()));
        sections.add(new Section(labels.text("section.contactTree"), false, contactTree()));
        sections.add(new Section(labels.text("section.calendar"), false, calendar()));
        sections.add(new Section(labels.text("section.facts"), false, facts()));
        return new Report(labels.format("plan.title", plan.organisation().name()),
                context.language().getLanguage(), footer(plan, context, labels), labels.text("contents"), sections);
    }

    private Section cover() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title(labels.format("plan.title", plan.organisation().name()), status, true));

        List<Field> about = new ArrayList<>();
        about.add(Field.of(labels.text("cover.organisation"), plan.organisation().name()));
        if (plan.organisation().website() != null) {
            about.add(Field.of(labels.text("cover.website"), plan.organisation().website()));
        }
        if (plan.organisation().notes() != null) {
            about.add(Field.of(labels.text("cover.notes"), plan.organisation().notes()));
        }
        about.add(Field.of(labels.text("cover.generated"), labels.dateTime(context.generatedAt(), context.zone())
                + " (" + context.zone().getId() + ")"));
        Optional<Review> last = plan.lastReview();
        if (last.isPresent()) {
            about.add(Field.of(labels.text("cover.lastReview"), labels.date(last.get().date())));
            about.add(Field.of(labels.text("cover.approvedBy"), names.name(last.get().approvedBy())));
        } else {
            about.add(Field.of(labels.text("cover.lastReview"), labels.text("cover.noReview")));
        }
        about.add(Field.of(labels.text("cover.nextReview"),
                plan.nextReview() == null ? labels.text("cover.notPlanned") : labels.date(plan.nextReview())));
        blocks.add(new Fields(about));

        names.crisisLead().ifPresent(lead -> {
            blocks.add(new Heading(1, labels.text("cover.callFirst"), null));
            blocks.add(new Fields(holders(lead, lead.name())));
        });
        return new Section(null, false, blocks);
    }

    private List<Block> contacts() {
        if (plan.people().isEmpty()) {
            return List.of(new Paragraph(labels.text("contacts.none"), true));
        }
        Collator collator = Collator.getInstance(labels.locale());
        List<Person> people = plan.people().stream().sorted(Comparator.comparing(Person::name, collator)).toList();
        List<List<String>> rows = new ArrayList<>(people.size());
        for (Person person : people) {
            String name = person.function() == null ? person.name() : person.name() + "\n" + person.function();
            rows.add(List.of(name, names.phones(person).replace(", ", "\n"),
                    person.email() == null ? labels.text("person.noEmail") : person.email(),
                    person.availability() == null ? "" : person.availability()));
        }
        return List.of(new Table(List.of(new Column(labels.text("contacts.name"), 2.6f),
                new Column(labels.text("contacts.phones"), 2.2f), new Column(labels.text("contacts.email"), 3.6f),
                new Column(labels.text("contacts.availability"), 2.2f)), rows));
    }

    private List<Block> roles() {
        if (plan.roles().isEmpty()) {
            return List.of(new Paragraph(labels.text("empty"), true));
        }
        List<Block> blocks = new ArrayList<>();
        for (Role role : plan.roles()) {
            blocks.add(new Heading(1, role.name(), role.critical() ? labels.text("role.critical") : null));
            if (role.description() != null) {
                blocks.add(new Paragraph(role.description(), false));
            }
            blocks.add(new Fields(holders(role, labels.text("role.primary"))));
            blocks.add(new Heading(2, labels.text("role.tasks"), null));
            blocks.add(role.tasks().isEmpty() ? new Paragraph(labels.text("role.noTasks"), true)
                    : new Items(true, role.tasks().stream().map(this::task).toList()));
        }
        return blocks;
    }

    /** Primary and deputies with all their numbers. */
    private List<Field> holders(Role role, String primaryLabel) {
        String primary = role.primary() == null ? labels.text("role.noPrimary") : names.contact(role.primary());
        List<String> deputies = role.deputies().isEmpty() ? List.of(labels.text("role.noDeputy"))
                : role.deputies().stream().map(names::contact).toList();
        return List.of(Field.of(primaryLabel, primary),
                new Field(labels.text("role.deputies"), deputies));
    }

    private String task(Task task) {
        return task.title() + " — " + labels.target(task);
    }

    private List<Block> scenarios() {
        if (plan.scenarios().isEmpty()) {
            return List.of(new Paragraph(labels.text("empty"), true));
        }
        List<Block> blocks = new ArrayList<>();
        for (Scenario scenario : plan.scenarios()) {
            blocks.add(new Heading(1, scenario.name(), severity(scenario.severity())));
            if (scenario.description() != null) {
                blocks.add(new Paragraph(scenario.description(), false));
            }
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(labels.text("scenario.roles"), scenario.roles().isEmpty()
                    ? List.of(labels.text("scenario.noRoles"))
                    : scenario.roles().stream().map(id -> names.index().role(id)
                            .map(role -> role.name() + " — " + (role.primary() == null
                                    ? labels.text("role.noPrimary") : names.contact(role.primary())))
                            .orElseGet(() -> names.roleName(id))).toList()));
            blocks.add(new Fields(fields));

            Map<Role, List<Task>> tasks = names.index().activatedTasks(scenario);
            if (!tasks.isEmpty()) {
                blocks.add(new Heading(2, labels.text("scenario.tasks"), null));
                List<Field> perRole = new ArrayList<>();
                tasks.forEach((role, list) -> {
                    List<String> lines = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        lines.add((i + 1) + ". " + task(list.get(i)));
                    }
                    perRole.add(new Field(role.name(), lines.isEmpty() ? List.of(labels.text("role.noTasks")) : lines));
                });
                blocks.add(new Fields(perRole));
            }
            List<Statement> statements = scenario.statements().stream()
                    .sorted(Comparator.comparing(Statement::kind)).toList();
            if (!statements.isEmpty()) {
                blocks.add(new Heading(2, labels.text("scenario.statements"), null));
                for (Statement statement : statements) {
                    blocks.add(new Quote(labels.format("statement.label",
                            labels.text("statement." + statement.kind().name()), labels.language(statement.lang())),
                            statement.text()));
                }
            }
        }
        return blocks;
    }

    private String severity(int severity) {
        return severity >= Scenario.MIN_SEVERITY && severity <= Scenario.MAX_SEVERITY
                ? labels.text("severity." + severity) : labels.format("severity.other", Integer.toString(severity));
    }

    private List<Block> escalation() {
        if (plan.escalation().isEmpty()) {
            return List.of(new Paragraph(labels.text("empty"), true));
        }
        Optional<Role> lead = names.crisisLead();
        List<List<String>> rows = new ArrayList<>();
        for (EscalationCriterion criterion : plan.escalation()) {
            Optional<Role> to = criterion.role() == null ? lead : names.index().role(criterion.role());
            String roleName = criterion.role() == null ? labels.text("escalation.crisisLead")
                    : names.roleName(criterion.role());
            String contact = to.map(role -> role.primary() == null ? labels.text("role.noPrimary")
                    : names.contact(role.primary())).orElse("");
            rows.add(List.of(criterion.description(), roleName, contact));
        }
        return List.of(new Table(List.of(new Column(labels.text("escalation.criterion"), 5),
                new Column(labels.text("escalation.role"), 2), new Column(labels.text("escalation.contact"), 3)),
                rows));
    }

    private List<Block> contactTree() {
        if (plan.contactTree().isEmpty()) {
            return List.of(new Paragraph(labels.text("empty"), true));
        }
        List<Field> fields = new ArrayList<>();
        for (ContactLink link : plan.contactTree()) {
            List<String> calls = new ArrayList<>();
            for (int i = 0; i < link.calls().size(); i++) {
                calls.add((i + 1) + ". " + names.contact(link.calls().get(i)));
            }
            fields.add(new Field(labels.format("contactTree.calls", names.name(link.person())),
                    calls.isEmpty() ? List.of(labels.text("empty")) : calls));
        }
        return List.of(new Paragraph(labels.text("contactTree.hint"), true), new Fields(fields));
    }

    private List<Block> calendar() {
        if (plan.contentCalendar().isEmpty()) {
            return List.of(new Paragraph(labels.text("empty"), true));
        }
        List<List<String>> rows = new ArrayList<>();
        for (CalendarRule rule : plan.contentCalendar()) {
            rows.add(List.of(rule.what(), labels.text("calendar." + rule.action().name()),
                    rule.note() == null ? "" : rule.note()));
        }
        return List.of(new Table(List.of(new Column(labels.text("calendar.what"), 5),
                new Column(labels.text("calendar.action"), 2), new Column(labels.text("calendar.note"), 4)), rows));
    }

    private List<Block> facts() {
        if (plan.facts().isEmpty()) {
            return List.of(new Paragraph(labels.text("empty"), true));
        }
        List<Field> fields = new ArrayList<>();
        for (Fact fact : plan.facts()) {
            fields.add(Field.of(fact.topic(), fact.text()));
        }
        return List.of(new Fields(fields));
    }
}
