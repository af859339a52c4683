package webcare.ui.incidents.swt;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import webcare.model.plan.CalendarRule;
import webcare.notify.api.Notification;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.Measures;
import webcare.response.api.IncidentStatus;
import webcare.response.api.RoleHolder;
import webcare.response.api.TaskState;
import webcare.response.api.TimelineEntry;
import webcare.ui.incidents.model.Lane;
import webcare.ui.incidents.model.Picture;

/**
 * One incident: a heading with its status, times and when the next public update is due (red
 * when overdue), the buttons of its work, the timeline, what the picked entry says, and below the
 * tasks beside the roles, the holding statement (with Copy) and the content calendar's checklist.
 * The buttons only report; {@link IncidentsView} does the work. UI thread only.
 */
final class IncidentDetail {

    /** What the buttons ask for. */
    interface Actions {
        void nextStatus(Incident incident, IncidentStatus next);

        void taskDone(Incident incident, TaskState task);

        void publicUpdate(Incident incident);

        void note(Incident incident, TimelineEntry.Kind kind);

        void link(Incident incident);

        void acknowledge(Notification notification);

        void handOver(Incident incident);

        void calendarDone(Incident incident, String ruleId);

        /** The holding statement was copied to post: recorded as a public update. */
        void holdingPosted(Incident incident, String statement);

        void evaluate(Incident incident, Measures measures, Optional<Evaluation> earlier);

        void export();
    }

    private final Words words;
    private final Composite root;
    private final Label title;
    private final Label line;
    private final Label update;
    private final Label measured;
    private final Button evaluate;
    private Measures shownMeasures;
    private Optional<Evaluation> shownEvaluation = Optional.empty();
    private final Button next;
    private final Button done;
    private final TimelineChart chart;
    private final Label picked;
    private final Table tasks;
    private final NoticesPane notices;
    private final Label roles;
    private final Text holding;
    private final Composite calendar;
    private final Actions actions;
    private final Font titleFont;
    private Incident incident;

    IncidentDetail(Composite parent, Words words, Actions actions) {
        this.words = words;
        this.actions = actions;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = new Label(root, SWT.NONE);
        FontData[] big = title.getFont().getFontData();
        Arrays.stream(big).forEach(data -> {
            data.setHeight(data.getHeight() + 3);
            data.setStyle(SWT.BOLD);
        });
        titleFont = new Font(root.getDisplay(), big);
        root.addListener(SWT.Dispose, event -> titleFont.dispose());
        title.setFont(titleFont);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        line = new Label(root, SWT.WRAP);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        update = new Label(root, SWT.NONE);
        update.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        measured = new Label(root, SWT.WRAP);
        measured.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(10, false));
        next = button(bar, "next.status", () -> nextStatus().ifPresent(status -> actions.nextStatus(incident, status)));
        done = button(bar, "task.done", () -> chosenTask().ifPresent(task -> actions.taskDone(incident, task)));
        button(bar, "update.button", () -> actions.publicUpdate(incident));
        button(bar, "decision.button", () -> actions.note(incident, TimelineEntry.Kind.DECISION));
        button(bar, "note.button", () -> actions.note(incident, TimelineEntry.Kind.NOTE));
        button(bar, "link.button", () -> actions.link(incident));
        evaluate = button(bar, "evaluate.button", () -> actions.evaluate(incident, shownMeasures, shownEvaluation));
        button(bar, "export.button", actions::export);

        SashForm split = new SashForm(root, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite upper = new Composite(split, SWT.NONE);
        upper.setLayout(new GridLayout(4, false));
        chart = new TimelineChart(upper, words);
        chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        picked = new Label(upper, SWT.WRAP);
        picked.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        smallButton(upper, "\u2212", words.get("zoom.out"), () -> chart.zoom(1 / 1.25));
        smallButton(upper, "+", words.get("zoom.in"), () -> chart.zoom(1.25));
        smallButton(upper, "\u2194", words.get("zoom.fit"), chart::fit);
        chart.onPick(entry -> picked.setText(words.format("picked", words.formats().dateTime(entry.at()),
                words.lane(Lane.of(entry)), entry.actor(), entry.text())));

        SashForm lower = new SashForm(split, SWT.HORIZONTAL);
        TabFolder pages = new TabFolder(lower, SWT.TOP);
        tasks = new Table(pages, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        TabItem tasksPage = new TabItem(pages, SWT.NONE);
        tasksPage.setText(words.get("tasks.tab"));
        tasksPage.setControl(tasks);
        notices = new NoticesPane(pages, words, actions::acknowledge);
        TabItem noticesPage = new TabItem(pages, SWT.NONE);
        noticesPage.setText(words.get("notices.tab"));
        noticesPage.setControl(notices.control());
        tasks.setHeaderVisible(true);
        for (String[] column : new String[][] {{"tasks.column.task", "200"}, {"tasks.column.role", "150"},
                {"tasks.column.due", "70"}, {"tasks.column.done", "110"}}) {
            TableColumn each = new TableColumn(tasks, SWT.LEFT);
            each.setText(words.get(column[0]));
            each.setWidth(Integer.parseInt(column[1]));
        }
        // the task's title takes what the other columns leave
        tasks.addListener(SWT.Resize, event -> {
            int others = 0;
            for (int i = 1; i < tasks.getColumnCount(); i++) {
                others += tasks.getColumn(i).getWidth();
            }
            tasks.getColumn(0).setWidth(Math.max(120, tasks.getClientArea().width - others));
        });
        tasks.addListener(SWT.Selection, event -> done.setEnabled(chosenTask().filter(task -> task.done().isEmpty()).isPresent()));
        tasks.addListener(SWT.DefaultSelection, event -> chosenTask().filter(task -> task.done().isEmpty())
                .ifPresent(task -> actions.taskDone(incident, task)));
        Composite side = new Composite(lower, SWT.NONE);
        side.setLayout(new GridLayout(2, false));
        heading(side, "roles.heading", 1);
        Button handOver = new Button(side, SWT.PUSH);
        handOver.setText(words.get("roles.handOver"));
        handOver.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        handOver.addListener(SWT.Selection, event -> {
            if (incident != null) {
                actions.handOver(incident);
            }
        });
        roles = new Label(side, SWT.WRAP);
        roles.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        heading(side, "holding.heading", 1);
        Button copy = new Button(side, SWT.PUSH);
        copy.setText(words.get("holding.copy"));
        copy.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        holding = new Text(side, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        GridData holdingSize = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        holdingSize.heightHint = 4 * holding.getLineHeight();
        holding.setLayoutData(holdingSize);
        holding.setToolTipText(words.get("holding.inbox"));
        copy.setToolTipText(words.get("holding.inbox"));
        // copied to post on the platforms (a new post is not one of their publishing calls), and recorded
        copy.addListener(SWT.Selection, event -> {
            copy(holding.getText());
            if (incident != null && incident.holdingStatement().isPresent()) {
                actions.holdingPosted(incident, incident.holdingStatement().get());
            }
        });
        heading(side, "calendar.heading", 2);
        calendar = new Composite(side, SWT.NONE);
        calendar.setLayout(new GridLayout(1, false));
        calendar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        lower.setWeights(55, 45);
        split.setWeights(52, 48); // room below for the holding statement and the calendar checklist
        clear();
    }

    private Button button(Composite bar, String key, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(key.equals("next.status") ? words.format(key, words.status(IncidentStatus.ACKNOWLEDGED))
                : words.get(key));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private static void smallButton(Composite parent, String text, String tip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, event -> action.run());
    }

    private void heading(Composite parent, String key, int span) {
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(words.get(key));
        heading.setFont(titleFont);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
    }

    private void copy(String text) {
        Clipboard clipboard = new Clipboard(root.getDisplay());
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    Composite control() {
        return root;
    }

    TimelineChart chart() {
        return chart;
    }

    Optional<Incident> incident() {
        return Optional.ofNullable(incident);
    }

    Optional<TaskState> chosenTask() {
        int index = tasks.getSelectionIndex();
        return incident == null || index < 0 || index >= incident.tasks().size() ? Optional.empty()
                : Optional.of(incident.tasks().get(index));
    }

    private Optional<IncidentStatus> nextStatus() {
        if (incident == null || incident.status() == IncidentStatus.EVALUATED) {
            return Optional.empty();
        }
        return Optional.of(IncidentStatus.values()[incident.status().ordinal() + 1]);
    }

    /**
     * The content calendar's rules as a checklist: ticking one off records it on the timeline (it
     * stays ticked; nothing on a timeline is taken back).
     */
    private void showCalendar(List<CalendarRule> rules, Set<String> done) {
        for (var child : calendar.getChildren()) {
            child.dispose();
        }
        if (rules.isEmpty()) {
            new Label(calendar, SWT.WRAP).setText(incident == null ? "" : words.get("calendar.none"));
        }
        for (CalendarRule rule : rules) {
            Button box = new Button(calendar, SWT.CHECK);
            box.setText(words.calendarRule(rule));
            box.setToolTipText(words.calendarRule(rule)); // the whole rule where the side is narrow
            box.setSelection(done.contains(rule.id()));
            box.setEnabled(!done.contains(rule.id()));
            box.addListener(SWT.Selection, event -> {
                if (box.getSelection() && incident != null) {
                    box.setEnabled(false);
                    actions.calendarDone(incident, rule.id());
                }
            });
        }
        calendar.layout(true);
    }

    /** A line under the timeline: what the picked entry says, or what was just done. */
    void say(String text) {
        picked.setText(text);
        picked.getParent().layout(true);
    }

    void clear() {
        incident = null;
        title.setText(words.get("empty.detail"));
        line.setText("");
        update.setText("");
        measured.setText("");
        picked.setText("");
        tasks.removeAll();
        notices.show(List.of(), Optional.empty());
        roles.setText("");
        holding.setText("");
        showCalendar(List.of(), Set.of());
        chart.clear();
        for (var child : next.getParent().getChildren()) {
            child.setEnabled(false);
        }
        root.layout(true, true);
    }

    void show(Picture picture) {
        Incident shown = picture.incident();
        int keptTask = incident != null && incident.id() == shown.id() ? tasks.getSelectionIndex() : -1;
        incident = shown;
        Instant now = picture.now();
        title.setText((shown.drill() ? words.get("header.drill") : "") + shown.title());
        line.setText(words.format("header.line", words.status(shown.status()),
                shown.scenarioName().isEmpty() ? words.get("header.noScenario") : shown.scenarioName(), shown.severity(),
                words.formats().dateTime(shown.started()), words.formats().dateTime(shown.detected()),
                words.formats().dateTime(shown.opened()), shown.openedBy())
                + " \u00B7 " + words.format("header.linked", words.count(shown.linkedMentions())));
        boolean late = shown.nextUpdate().filter(now::isAfter).isPresent();
        update.setText(shown.nextUpdate().map(at -> words.format(late ? "header.updateOverdue" : "header.nextUpdate",
                words.formats().time(at))).orElse(words.get("header.noUpdates")));
        update.setForeground(root.getDisplay().getSystemColor(late ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
        for (var child : next.getParent().getChildren()) {
            child.setEnabled(true);
        }
        next.setText(nextStatus().map(status -> words.format("next.status", words.status(status)))
                .orElse(words.get("next.none")));
        next.setEnabled(nextStatus().isPresent());
        shownMeasures = picture.measures();
        shownEvaluation = picture.evaluation();
        evaluate.setEnabled(shown.status().compareTo(IncidentStatus.RESOLVED) >= 0);
        measured.setText(words.measures(picture.measures()) + picture.evaluation().map(evaluation -> "\n"
                + words.format("evaluation.summary", evaluation.by(), evaluation.actions().size(),
                        evaluation.flags().size())).orElse(""));
        tasks.removeAll();
        for (TaskState task : shown.tasks()) {
            TableItem item = new TableItem(tasks, SWT.NONE);
            String role = shown.roles().stream().filter(holder -> holder.roleId().equals(task.roleId()))
                    .map(RoleHolder::roleName).findFirst().orElse(task.roleId());
            item.setText(new String[] {task.title(), role, words.formats().time(task.due()),
                    task.done().map(at -> words.formats().time(at) + " " + task.doneBy().orElse(""))
                            .orElse(task.overdue(now) ? words.get("tasks.overdue") : "")});
            if (task.overdue(now)) {
                for (int column = 0; column < tasks.getColumnCount(); column++) {
                    item.setForeground(column, root.getDisplay().getSystemColor(SWT.COLOR_RED));
                }
            }
        }
        if (keptTask >= 0 && keptTask < shown.tasks().size()) {
            tasks.setSelection(keptTask);
        }
        done.setEnabled(chosenTask().filter(task -> task.done().isEmpty()).isPresent());
        roles.setText(String.join("\n", shown.roles().stream().map(holder -> words.format(holder.deputy()
                ? "roles.deputy" : "roles.primary", holder.roleName(), holder.personName())).toList()));
        holding.setText(shown.holdingStatement().orElse(words.get("holding.none")));
        showCalendar(shown.calendar(), shown.calendarDone());
        notices.show(picture.notices(), picture.mail());
        chart.show(picture);
        root.layout(true, true);
    }
}
