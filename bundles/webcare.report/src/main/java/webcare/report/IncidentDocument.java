package webcare.report;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.IncidentReport;
import webcare.response.api.RoleHolder;
import webcare.response.api.TaskState;
import webcare.response.api.TimelineEntry;

/**
 * An incident as a {@link Report}: what it is and where it stands, its times, roles and tasks,
 * the evaluation when there is one, and the whole timeline in order (local time), so the HTML and
 * the PDF say the same.
 */
final class IncidentDocument {

    /** Times are read in the organisations' local time. */
    static final ZoneId LOCAL = ZoneId.of("Europe/Amsterdam");

    private IncidentDocument() {}

    static Report of(IncidentReport record, Labels labels) {
        Incident incident = record.incident();
        String title = (incident.drill() ? labels.text("incident.drill") + " " : "") + incident.title();
        List<Report.Section> sections = new ArrayList<>();
        List<Report.Field> fields = new ArrayList<>();
        fields.add(Report.Field.of(labels.text("incident.status"), labels.text("incident.status." + incident.status().name())));
        fields.add(Report.Field.of(labels.text("incident.scenario"), incident.scenarioName().isEmpty()
                ? labels.text("incident.none") : labels.format("incident.scenarioValue", incident.scenarioName(),
                        incident.severity())));
        fields.add(Report.Field.of(labels.text("incident.started"), labels.dateTime(incident.started(), LOCAL)));
        fields.add(Report.Field.of(labels.text("incident.detected"), labels.dateTime(incident.detected(), LOCAL)));
        incident.reported().ifPresent(at -> fields.add(Report.Field.of(labels.text("incident.reported"),
                labels.dateTime(at, LOCAL))));
        fields.add(Report.Field.of(labels.text("incident.opened"), labels.format("incident.openedValue",
                labels.dateTime(incident.opened(), LOCAL), incident.openedBy())));
        fields.add(Report.Field.of(labels.text("incident.linked"), String.valueOf(incident.linkedMentions())));
        fields.add(new Report.Field(labels.text("incident.times"), List.of(
                labels.format("incident.toDetect", minutes(labels, Optional.of(record.measures().toDetect()))),
                labels.format("incident.toAcknowledge", minutes(labels, record.measures().toAcknowledge())),
                labels.format("incident.toFirstUpdate", minutes(labels, record.measures().toFirstUpdate())),
                labels.format("incident.toResolve", minutes(labels, record.measures().toResolve())))));
        List<Report.Block> summary = new ArrayList<>();
        summary.add(new Report.Title(title, labels.format("incident.made", labels.dateTime(record.made(), LOCAL)), false));
        summary.add(new Report.Fields(fields));
        incident.holdingStatement().ifPresent(text -> summary.add(new Report.Quote(labels.text("incident.holding"), text)));
        sections.add(new Report.Section(null, false, summary));

        List<List<String>> roles = new ArrayList<>();
        for (RoleHolder role : incident.roles()) {
            roles.add(List.of(role.roleName(), role.personName() + (role.deputy() ? " " + labels.text("incident.deputy") : "")));
        }
        List<List<String>> tasks = new ArrayList<>();
        for (TaskState task : incident.tasks()) {
            tasks.add(List.of(task.title(), labels.dateTime(task.due(), LOCAL), task.done()
                    .map(at -> labels.dateTime(at, LOCAL) + " (" + task.doneBy().orElse("") + ")").orElse("\u2014")));
        }
        sections.add(new Report.Section(labels.text("incident.rolesAndTasks"), false, List.of(
                new Report.Table(List.of(new Report.Column(labels.text("incident.role"), 1),
                        new Report.Column(labels.text("incident.person"), 1.4f)), roles),
                new Report.Table(List.of(new Report.Column(labels.text("incident.task"), 2),
                        new Report.Column(labels.text("incident.due"), 1.2f),
                        new Report.Column(labels.text("incident.done"), 1.5f)), tasks))));

        record.evaluation().ifPresent(evaluation -> sections.add(evaluation(evaluation, labels)));

        List<List<String>> timeline = new ArrayList<>();
        for (TimelineEntry entry : record.timeline()) {
            timeline.add(List.of(labels.dateTime(entry.at(), LOCAL),
                    labels.text("incident.kind." + entry.kind().name()), entry.actor(),
                    entry.text() + entry.corrects().map(id -> " " + labels.format("incident.corrects", id)).orElse("")));
        }
        sections.add(new Report.Section(labels.text("incident.timeline"), true, List.of(new Report.Table(List.of(
                new Report.Column(labels.text("incident.when"), 1.3f), new Report.Column(labels.text("incident.what"), 1),
                new Report.Column(labels.text("incident.who"), 0.8f),
                new Report.Column(labels.text("incident.entry"), 3.4f)), timeline))));
        return new Report(title, labels.locale().getLanguage(), labels.format("incident.footer", incident.id(), title),
                null, sections);
    }

    private static Report.Section evaluation(Evaluation evaluation, Labels labels) {
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Fields(List.of(Report.Field.of(labels.text("incident.whatHappened"), evaluation.whatHappened()),
                Report.Field.of(labels.text("incident.wentWell"), evaluation.wentWell()),
                Report.Field.of(labels.text("incident.toImprove"), evaluation.toImprove()),
                Report.Field.of(labels.text("incident.evaluatedBy"), labels.format("incident.openedValue",
                        labels.dateTime(evaluation.at(), LOCAL), evaluation.by())))));
        List<List<String>> actions = evaluation.actions().stream()
                .map(action -> List.of(action.what(), action.owner(), labels.date(action.due()))).toList();
        blocks.add(new Report.Table(List.of(new Report.Column(labels.text("incident.action"), 3),
                new Report.Column(labels.text("incident.owner"), 1), new Report.Column(labels.text("incident.due"), 1)),
                actions));
        if (!evaluation.flags().isEmpty()) {
            blocks.add(new Report.Items(false, evaluation.flags().stream().map(flag -> flag.item() + ": " + flag.note())
                    .toList()));
        }
        return new Report.Section(labels.text("incident.evaluation"), false, blocks);
    }

    private static String minutes(Labels labels, Optional<Duration> duration) {
        return duration.map(each -> labels.format("incident.minutes", each.toMinutes()))
                .orElse(labels.text("incident.notYet"));
    }
}
