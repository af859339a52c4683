package webcare.ui.incidents.swt;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import webcare.notify.api.Notification;
import webcare.notify.api.Notifier;
import webcare.notify.api.NotifyException;
import webcare.plan.api.PlanBook;
import webcare.files.WholeFile;
import webcare.response.api.Drills;
import webcare.response.api.IncidentExporter;
import webcare.response.api.IncidentReport;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.Measures;
import webcare.response.api.IncidentException;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Incidents;
import webcare.response.api.Origin;
import webcare.model.Mention;
import webcare.store.api.InboxRepository;
import webcare.store.api.SignalRepository;
import webcare.store.api.SignalRepository.StoredSignal;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.response.api.TaskState;
import webcare.response.api.TimelineEntry;
import webcare.ui.api.Shortcut;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.incidents.model.IncidentsWork;
import webcare.ui.incidents.model.Picture;
import webcare.ui.incidents.model.TimeAxis;

/**
 * The incidents and the one chosen: its timeline (zoom, pan, pick an entry), status, tasks, roles,
 * holding statement and content-calendar checklist, and the buttons of its work: next status,
 * task done, public update posted, decision, note, PNG export. Reads again every five seconds, so
 * what others record appears by itself. Action {@code open} opens the Open dialog.
 */
@Component
@ViewPlacement(id = "incidents", order = 12)
public final class IncidentsView implements WorkbenchView {

    /** How often the view reads again, so new entries appear live. */
    static final Duration LIVE = Duration.ofSeconds(5);
    /** The longest title taken from a message's text. */
    private static final int TITLE = 70;
    /** How long the view waits after the last zoom or pan before counting the volume again. */
    private static final int SETTLE_MILLIS = 150;

    private final Incidents incidents;
    private final Store store;
    private final SignalRepository signals;
    private final InboxRepository inbox;
    // Optional and dynamic: without a plan, incidents open without a scenario; without
    // notifications, the Notifications page stays empty.
    private final AtomicReference<PlanBook> plans = new AtomicReference<>();
    private final AtomicReference<Notifier> notifier = new AtomicReference<>();
    private final AtomicReference<Drills> drills = new AtomicReference<>();
    /** The document formats present besides PNG, by extension (whiteboard). */
    private final Map<String, IncidentExporter> exporters = new ConcurrentHashMap<>();
    private final Clock clock;
    private Runnable openAction = () -> { };
    private Consumer<String> pendingAction = action -> { };

    @Activate
    public IncidentsView(@Reference Incidents incidents, @Reference Store store, @Reference SignalRepository signals,
            @Reference InboxRepository inbox) {
        this(incidents, store, signals, inbox, Clock.systemUTC());
    }

    IncidentsView(Incidents incidents, Store store, SignalRepository signals, InboxRepository inbox, Clock clock) {
        this.incidents = incidents;
        this.store = store;
        this.signals = signals;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setPlans(PlanBook service) {
        plans.set(service);
    }

    void unsetPlans(PlanBook service) {
        plans.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setNotifier(Notifier service) {
        notifier.set(service);
    }

    void unsetNotifier(Notifier service) {
        notifier.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(IncidentExporter exporter) {
        exporters.put(exporter.extension(), exporter);
    }

    void removeExporter(IncidentExporter exporter) {
        exporters.remove(exporter.extension(), exporter);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDrills(Drills service) {
        drills.set(service);
    }

    void unsetDrills(Drills service) {
        drills.compareAndSet(service, null);
    }

    @Override
    public List<Shortcut> shortcuts(Locale locale) {
        Words words = new Words(locale);
        return List.of(new Shortcut("Ctrl+N", words.get("key.open")), new Shortcut(words.mnemonic("next.status"), words.get("key.next")),
                new Shortcut("Enter", words.get("key.done")), new Shortcut("+ \u2212", words.get("key.zoom")),
                new Shortcut("\u2190 \u2192", words.get("key.pan")), new Shortcut("Home", words.get("key.fit")),
                new Shortcut("F5", words.get("key.refresh")));
    }

    /**
     * {@code open}: the Open dialog; {@code signal:ID}: the Open dialog filled in from the detector's
     * signal ID (its messages linked, and those with its main word since its onset); {@code mention:ID}:
     * the Open dialog filled in from an inbox message to escalate (linked to it); {@code incident:ID}:
     * that incident in front.
     */
    @Override
    public void perform(String action) {
        if ("open".equals(action)) {
            openAction.run();
        } else {
            pendingAction.accept(action);
        }
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        Words words = new Words(site.locale());
        IncidentsWork work = new IncidentsWork(incidents, Optional.ofNullable(plans.get()),
                Optional.ofNullable(notifier.get()), clock);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 6;
        parent.setLayout(layout);

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(5, false));
        Button open = new Button(bar, SWT.PUSH);
        open.setText(words.get("open.button"));
        Button drill = new Button(bar, SWT.PUSH);
        drill.setText(words.get("drill.button"));
        drill.setEnabled(drills.get() != null);
        Button drillsOnly = new Button(bar, SWT.CHECK);
        drillsOnly.setText(words.get("drills.check"));
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(words.get("refresh"));
        Label drilling = new Label(bar, SWT.NONE);
        drilling.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label problem = new Label(parent, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label empty = new Label(parent, SWT.WRAP);
        empty.setText(words.get("empty.list"));
        empty.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        IncidentList list = new IncidentList(sides, words);
        Flow flow = new Flow(site, words, work, problem, exporters);
        IncidentDetail detail = new IncidentDetail(sides, words, flow);
        sides.setWeights(30, 70);
        flow.wire(list, detail, drillsOnly, empty);

        openAction = () -> OpenDialog.ask(parent.getShell(), words, work.plan(), work.now(), site.user(), Optional.empty())
                .ifPresent(request -> flow.act(() -> work.incidents().open(request), opened -> flow.readList(Optional.of(opened.id()))));
        pendingAction = action -> {
            if (action.startsWith("incident:")) {
                flow.readList(Optional.of(Long.parseLong(action.substring("incident:".length()))));
            } else if (action.startsWith("mention:")) {
                long id = Long.parseLong(action.substring("mention:".length()));
                flow.act(() -> item(id), item -> item.ifPresent(found -> {
                    Mention mention = found.mention().mention();
                    String text = mention.text().strip().replaceAll("\\s+", " ");
                    OpenDialog.Prefill prefill = new OpenDialog.Prefill(text.length() > TITLE ? text.substring(0, TITLE)
                            + "\u2026" : text, mention.created(), work.now(), Origin.ESCALATION,
                            words.format("mention.evidence", found.row().authorName(), text), List.of(id));
                    OpenDialog.ask(parent.getShell(), words, work.plan(), work.now(), site.user(), Optional.of(prefill))
                            .ifPresent(request -> flow.act(() -> work.incidents().open(request),
                                    opened -> flow.readList(Optional.of(opened.id()))));
                }));
            } else if (action.startsWith("signal:")) {
                long id = Long.parseLong(action.substring("signal:".length()));
                flow.act(() -> signal(id), signal -> signal.ifPresent(found -> openFromSignal(parent, words, work, site,
                        flow, found)));
            }
        };
        open.addListener(SWT.Selection, event -> openAction.run());
        drill.addListener(SWT.Selection, event -> {
            Drills running = drills.get();
            if (running != null) {
                DrillDialog.ask(parent.getShell(), words, work.plan(), site.user()).ifPresent(request -> flow.act(
                        () -> running.start(request), started -> {
                            drillsOnly.setSelection(true); // its incident is a drill: show the drills
                            flow.readList(Optional.empty());
                            drilling.setText(words.format("drill.started", started.request().file().getFileName()));
                        }));
            }
        });
        drillsOnly.addListener(SWT.Selection, event -> flow.readList(Optional.empty()));
        refresh.addListener(SWT.Selection, event -> flow.readList(flow.current()));
        for (Control control : List.of(list.control(), detail.chart().control(), open, drillsOnly, refresh)) {
            control.addListener(SWT.KeyDown, event -> {
                if (event.keyCode == SWT.F5) {
                    event.doit = false;
                    flow.readList(flow.current());
                } else if (event.keyCode == 'n' && (event.stateMask & SWT.MOD1) != 0) {
                    event.doit = false;
                    openAction.run();
                }
            });
        }
        site.poll(LIVE, flow::listNow, fresh -> {
            flow.showList(fresh, flow.current());
            Optional.ofNullable(drills.get()).flatMap(Drills::current).ifPresent(run -> drilling.setText(words.format(
                    run.finished() ? "drill.finished" : "drill.running", words.formats().dateTime(run.streamNow()),
                    run.signals(), run.incident().map(String::valueOf).orElse("\u2014"))));
            bar.layout(true);
        });
        flow.readList(Optional.empty());
        list.control().setFocus();
    }

    private Optional<InboxRepository.Item> item(long id) throws IncidentException {
        try {
            return store.inTransaction(tx -> inbox.item(tx, id));
        } catch (StoreException e) {
            throw new IncidentException(e.getMessage(), e);
        }
    }

    private Optional<StoredSignal> signal(long id) throws IncidentException {
        try {
            return store.inTransaction(tx -> signals.recent(tx, 500)).stream().filter(each -> each.id() == id).findFirst();
        } catch (StoreException e) {
            throw new IncidentException(e.getMessage(), e);
        }
    }

    /** The Open dialog filled in from {@code signal}; the incident opened links its messages and is noted on the signal. */
    private void openFromSignal(Composite parent, Words words, IncidentsWork work, ViewSite site, Flow flow,
            StoredSignal signal) {
        String evidence = words.format("signal.evidence", words.metric(signal.metric()), signal.observed(),
                signal.expected(), String.join(", ", signal.terms()));
        OpenDialog.Prefill prefill = new OpenDialog.Prefill(words.format("signal.title", words.metric(signal.metric()),
                String.join(", ", signal.terms().stream().limit(3).toList())), signal.onset(), signal.detected(),
                Origin.SIGNAL, evidence, signal.examples());
        OpenDialog.ask(parent.getShell(), words, work.plan(), work.now(), site.user(), Optional.of(prefill))
                .ifPresent(request -> flow.act(() -> {
                    Incident opened = work.incidents().open(request);
                    if (!signal.terms().isEmpty()) {
                        work.incidents().linkMatching(opened.id(), signal.terms().get(0), signal.onset(), site.user());
                    }
                    try {
                        store.inTransaction(tx -> {
                            signals.opened(tx, signal.id(), opened.id());
                            return null;
                        });
                    } catch (StoreException e) {
                        throw new IncidentException(e.getMessage(), e);
                    }
                    return opened;
                }, opened -> flow.readList(Optional.of(opened.id()))));
    }

    /** Reading and acting for one built view: what is chosen, what is asked, what came back. */
    private static final class Flow implements IncidentDetail.Actions {
        private final ViewSite site;
        private final Words words;
        private final IncidentsWork work;
        private final Label problem;
        private final Map<String, IncidentExporter> exporters;
        private IncidentList list;
        private IncidentDetail detail;
        private Button drills;
        private Label empty;
        private int asked;
        private int axisChanges;
        /** What the drills box says, for the live reads off the UI thread. */
        private volatile boolean drillsOnly;

        Flow(ViewSite site, Words words, IncidentsWork work, Label problem, Map<String, IncidentExporter> exporters) {
            this.site = site;
            this.words = words;
            this.work = work;
            this.problem = problem;
            this.exporters = exporters;
        }

        void wire(IncidentList incidents, IncidentDetail shown, Button drillsOnly, Label none) {
            this.list = incidents;
            this.detail = shown;
            this.drills = drillsOnly;
            this.empty = none;
            list.onChoose(incident -> readPicture(incident.id(), Optional.empty()));
            detail.chart().onAxis(axis -> {
                int change = ++axisChanges;
                problem.getDisplay().timerExec(SETTLE_MILLIS, () -> {
                    if (change == axisChanges && !problem.isDisposed()) {
                        current().ifPresent(id -> readPicture(id, Optional.of(axis)));
                    }
                });
            });
            showProblem(null);
        }

        /** The incidents as the drills box asks for them; off the UI thread. */
        List<Incident> listNow() throws IncidentException {
            return work.list(drillsOnly);
        }

        Optional<Long> current() {
            return detail.incident().map(Incident::id);
        }

        void readList(Optional<Long> keep) {
            drillsOnly = drills.getSelection();
            act(() -> work.list(drillsOnly), incidents -> showList(incidents, keep));
        }

        /** Shows the incidents; the one with id {@code keep} (else the first) is read and shown beside. */
        void showList(List<Incident> incidents, Optional<Long> keep) {
            boolean none = incidents.isEmpty();
            empty.setVisible(none);
            ((GridData) empty.getLayoutData()).exclude = !none;
            empty.getParent().layout(true);
            Optional<Incident> chosen = list.show(incidents, keep);
            if (chosen.isPresent()) {
                boolean same = current().filter(id -> id == chosen.get().id()).isPresent();
                readPicture(chosen.get().id(), same ? Optional.ofNullable(detail.chart().axis()) : Optional.empty());
            } else {
                detail.clear();
            }
        }

        private void readPicture(long id, Optional<TimeAxis> axis) {
            int ask = ++asked;
            act(() -> work.picture(id, axis), picture -> {
                if (ask == asked) {
                    picture.ifPresentOrElse(detail::show, detail::clear);
                }
            });
        }

        @Override
        public void nextStatus(Incident incident, IncidentStatus next) {
            act(() -> work.incidents().status(incident.id(), next, site.user(), ""), changed -> readList(current()));
        }

        @Override
        public void taskDone(Incident incident, TaskState task) {
            act(() -> work.incidents().taskDone(incident.id(), task.taskId(), site.user()), changed -> readList(current()));
        }

        @Override
        public void publicUpdate(Incident incident) {
            TextPrompt.ask(problem.getShell(), words, words.get("prompt.update")).ifPresent(text -> act(
                    () -> work.incidents().publicUpdate(incident.id(), text, site.user()), changed -> readList(current())));
        }

        @Override
        public void note(Incident incident, TimelineEntry.Kind kind) {
            String question = words.get(kind == TimelineEntry.Kind.DECISION ? "prompt.decision" : "prompt.note");
            TextPrompt.ask(problem.getShell(), words, question).ifPresent(text -> act(() -> work.incidents()
                    .record(incident.id(), kind, text, site.user(), Optional.empty()), changed -> readList(current())));
        }

        /** Links the messages with the words the user gives, from an hour before the onset on. */
        @Override
        public void link(Incident incident) {
            TextPrompt.ask(problem.getShell(), words, words.get("prompt.link")).ifPresent(text -> act(
                    () -> work.incidents().linkMatching(incident.id(), text,
                            incident.started().minus(Duration.ofHours(1)), site.user()),
                    added -> {
                        detail.say(words.format("link.done", added));
                        readList(current());
                    }));
        }

        @Override
        public void acknowledge(Notification notification) {
            site.<Object>load(words.get("loading"), () -> {
                try {
                    return work.acknowledge(notification.id(), site.user());
                } catch (NotifyException e) {
                    return e;
                }
            }, outcome -> {
                showProblem(outcome instanceof NotifyException e ? words.format("action.failed", e.getMessage()) : null);
                readList(current());
            });
        }

        @Override
        public void handOver(Incident incident) {
            HandoverDialog.ask(problem.getShell(), words, incident, work.plan()).ifPresent(choice -> act(
                    () -> work.incidents().handOver(incident.id(), choice.roleId(), choice.personId(), site.user()),
                    changed -> readList(current())));
        }

        @Override
        public void calendarDone(Incident incident, String ruleId) {
            act(() -> work.incidents().calendarDone(incident.id(), ruleId, site.user()), changed -> readList(current()));
        }

        @Override
        public void holdingPosted(Incident incident, String statement) {
            if (TextPrompt.confirm(problem.getShell(), words, words.get("holding.posted.question"))) {
                act(() -> work.incidents().publicUpdate(incident.id(), statement, site.user()),
                        changed -> readList(current()));
            }
        }

        @Override
        public void evaluate(Incident incident, Measures measures, Optional<Evaluation> earlier) {
            EvaluationDialog.ask(problem.getShell(), words, incident, measures, earlier, site.user(), work.now())
                    .ifPresent(evaluation -> act(() -> work.incidents().evaluate(incident.id(), evaluation),
                            changed -> readList(current())));
        }

        /**
         * The chart as PNG, as it is shown; or the incident's chronological report in a format an
         * exporter offers (HTML, PDF, JSON), written whole off the UI thread.
         */
        @Override
        public void export() {
            Optional<Incident> incident = detail.incident();
            if (incident.isEmpty()) {
                return;
            }
            List<String> extensions = new ArrayList<>(List.of("png"));
            // PNG: the chart as it is shown here, zoomed and panned, not the exporter's whole picture
            exporters.keySet().stream().filter(extension -> !extension.equals("png")).sorted().forEach(extensions::add);
            FileDialog save = new FileDialog(problem.getShell(), SWT.SAVE);
            save.setFilterExtensions(extensions.stream().map(extension -> "*." + extension).toArray(String[]::new));
            save.setFilterNames(extensions.stream().map(extension -> extension.toUpperCase(Locale.ROOT)).toArray(String[]::new));
            save.setFileName("incident-" + incident.get().id() + ".png");
            save.setOverwrite(true);
            String file = save.open();
            if (file == null) {
                return;
            }
            String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            IncidentExporter exporter = extension.equals("png") ? null : exporters.get(extension);
            if (exporter == null) {
                Optional<String> failed = detail.chart().writePng(file);
                showProblem(failed.map(message -> words.format("action.failed", message)).orElse(null));
                failed.ifPresentOrElse(message -> { }, () -> detail.say(words.format("export.done", file)));
                return;
            }
            act(() -> {
                IncidentReport report = work.incidents().report(incident.get().id());
                try {
                    WholeFile.write(Path.of(file), ".incident-", out -> exporter.write(report, words.locale(), out));
                } catch (IOException e) {
                    throw new IncidentException(words.format("export.failed", file, e.getMessage()), e);
                }
                return file;
            }, written -> detail.say(words.format("export.done", written)));
        }

        /** A change through the incidents service, off the UI thread; its refusal shows in the problem line. */
        <T> void act(IncidentCall<T> call, Consumer<T> then) {
            site.<Object>load(words.get("loading"), () -> {
                try {
                    return call.run();
                } catch (IncidentException e) {
                    return e;
                }
            }, outcome -> {
                if (outcome instanceof IncidentException e) {
                    showProblem(words.format("action.failed", e.getMessage()));
                } else {
                    showProblem(null);
                    @SuppressWarnings("unchecked")
                    T value = (T) outcome;
                    then.accept(value);
                }
            });
        }

        private void showProblem(String message) {
            boolean shown = message != null;
            problem.setText(shown ? message : "");
            problem.setVisible(shown);
            ((GridData) problem.getLayoutData()).exclude = !shown;
            problem.getParent().layout(true);
        }
    }

    /** A call to the incidents service. */
    @FunctionalInterface
    interface IncidentCall<T> {
        T run() throws IncidentException;
    }
}
