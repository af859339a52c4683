package webcare.ui.dashboard.swt;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanHealth;
import webcare.response.api.IncidentException;
import webcare.response.api.Incidents;
import webcare.store.api.InboxRepository;
import webcare.store.api.SignalRepository;
import webcare.store.api.SignalRepository.StoredSignal;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.ui.api.DisplayFormats;
import webcare.ui.api.Shortcut;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.dashboard.model.DashboardWork;
import webcare.ui.dashboard.model.Overview;

/**
 * The manager's first screen once data exists: four tiles (the inbox's open and overdue items, the
 * active incidents with their next due task, the detector's new signals, the plan's health and
 * next review), the last seven days of messages per source with the negative share and the
 * signals marked, and the signals with "Incident openen…", which hands the chosen one to the
 * Incidents view (action {@code signal:ID}). Reads again every minute and on F5.
 */
@Component
@ViewPlacement(id = "dashboard", order = 11, openOnFirstRun = true)
public final class DashboardView implements WorkbenchView {

    static final Duration LIVE = Duration.ofMinutes(1);

    private final Store store;
    private final InboxRepository inbox;
    private final SignalRepository signals;
    private final Clock clock;
    // Optional and dynamic: without them their tiles say so.
    private final AtomicReference<Incidents> incidents = new AtomicReference<>();
    private final AtomicReference<PlanBook> plans = new AtomicReference<>();
    private final AtomicReference<PlanHealth> health = new AtomicReference<>();

    @Activate
    public DashboardView(@Reference Store store, @Reference InboxRepository inbox, @Reference SignalRepository signals) {
        this(store, inbox, signals, Clock.systemUTC());
    }

    DashboardView(Store store, InboxRepository inbox, SignalRepository signals, Clock clock) {
        this.store = store;
        this.inbox = inbox;
        this.signals = signals;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setIncidents(Incidents service) {
        incidents.set(service);
    }

    void unsetIncidents(Incidents service) {
        incidents.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setPlans(PlanBook service) {
        plans.set(service);
    }

    void unsetPlans(PlanBook service) {
        plans.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setHealth(PlanHealth service) {
        health.set(service);
    }

    void unsetHealth(PlanHealth service) {
        health.compareAndSet(service, null);
    }

    @Override
    public List<Shortcut> shortcuts(Locale locale) {
        Words words = new Words(locale);
        return List.of(new Shortcut("Enter", words.get("key.open")), new Shortcut("F5", words.get("key.refresh")));
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        Words words = new Words(site.locale());
        DashboardWork work = new DashboardWork(store, inbox, signals, Optional.ofNullable(incidents.get()),
                Optional.ofNullable(plans.get()), Optional.ofNullable(health.get()), clock, DisplayFormats.DUTCH_TIME);
        GridLayout layout = new GridLayout(4, true);
        layout.marginWidth = 8;
        layout.marginHeight = 6;
        parent.setLayout(layout);
        FontData[] big = parent.getFont().getFontData();
        Arrays.stream(big).forEach(data -> {
            data.setHeight(data.getHeight() * 2);
            data.setStyle(SWT.BOLD);
        });
        Font number = new Font(parent.getDisplay(), big);
        parent.addListener(SWT.Dispose, event -> number.dispose());
        Tile inboxTile = new Tile(parent, words.get("tile.inbox"), number, () -> site.openView("inbox"));
        Tile incidentsTile = new Tile(parent, words.get("tile.incidents"), number, () -> site.openView("incidents"));
        Tile signalsTile = new Tile(parent, words.get("tile.signals"), number, () -> site.openView("incidents"));
        Tile planTile = new Tile(parent, words.get("tile.plan"), number, () -> site.openView("plan"));
        Label problem = new Label(parent, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));

        SashForm split = new SashForm(parent, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        VolumeChart chart = new VolumeChart(split, words);
        Composite lower = new Composite(split, SWT.NONE);
        lower.setLayout(new GridLayout(2, false));
        Label heading = new Label(lower, SWT.NONE);
        heading.setText(words.get("signals.heading"));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button open = new Button(lower, SWT.PUSH);
        open.setText(words.get("signals.open"));
        Table table = new Table(lower, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String[] column : new String[][] {{"signals.column.detected", "120"}, {"signals.column.source", "110"},
                {"signals.column.metric", "170"}, {"signals.column.observed", "160"}, {"signals.column.terms", "260"},
                {"signals.column.incident", "120"}}) {
            TableColumn each = new TableColumn(table, SWT.LEFT);
            each.setText(words.get(column[0]));
            each.setWidth(Integer.parseInt(column[1]));
        }
        split.setWeights(60, 40);

        List<StoredSignal> shown = new ArrayList<>();
        Runnable openChosen = () -> {
            int index = table.getSelectionIndex();
            if (index >= 0 && index < shown.size()) {
                StoredSignal signal = shown.get(index);
                site.openView("incidents", signal.incident().map(id -> "incident:" + id).orElse("signal:" + signal.id()));
            }
        };
        open.addListener(SWT.Selection, event -> openChosen.run());
        table.addListener(SWT.DefaultSelection, event -> openChosen.run());
        table.addListener(SWT.Selection, event -> open.setEnabled(table.getSelectionIndex() >= 0));
        open.setEnabled(false);

        Runnable[] read = new Runnable[1];
        read[0] = () -> site.<Object>load(words.get("loading"), () -> {
            try {
                return work.read();
            } catch (StoreException | IncidentException e) {
                return e;
            }
        }, outcome -> {
            if (outcome instanceof Overview overview) {
                problem.setText("");
                inboxTile.show(words.count(overview.openItems()) + (overview.moreItems() ? "+" : ""),
                        words.format("tile.inbox.detail", overview.overdueItems()));
                incidentsTile.show(words.count(overview.incidents().size()), overview.incidents().stream().findFirst()
                        .map(active -> active.nextTask().map(task -> words.format("tile.incidents.next",
                                active.incident().title(), task.title(), words.formats().time(task.due())))
                                .orElse(active.incident().title()))
                        .orElse(words.get("tile.incidents.none")));
                signalsTile.show(words.count(overview.newSignals()), overview.signals().stream().findFirst()
                        .map(signal -> words.format("tile.signals.last", words.formats().dateTime(signal.detected()),
                                words.metric(signal.metric())))
                        .orElse(words.get("tile.signals.none")));
                planTile.show(overview.plan().map(plan -> plan.errors() + plan.warnings() == 0 ? "\u2713"
                        : words.count(plan.errors() + plan.warnings())).orElse("\u2014"),
                        overview.plan().map(plan -> words.format("tile.plan.detail", plan.errors(), plan.warnings(),
                                plan.nextReview().map(words.formats()::date).orElse(words.get("tile.plan.noReview"))))
                                .orElse(words.get("tile.plan.none")));
                chart.show(overview);
                int kept = table.getSelectionIndex();
                shown.clear();
                shown.addAll(overview.signals());
                table.removeAll();
                for (StoredSignal signal : overview.signals()) {
                    TableItem item = new TableItem(table, SWT.NONE);
                    item.setText(new String[] {words.formats().dateTime(signal.detected()), words.source(signal.source()),
                            words.metric(signal.metric()), words.format("signals.observed",
                                    words.value(signal.metric(), signal.observed()),
                                    words.value(signal.metric(), signal.expected())),
                            String.join(", ", signal.terms()), signal.incident().map(id -> words.format(
                                    "signals.incident", id)).orElse(words.get("signals.new"))});
                }
                if (kept >= 0 && kept < shown.size()) {
                    table.setSelection(kept);
                }
                open.setEnabled(table.getSelectionIndex() >= 0);
                parent.layout(true, true);
            } else if (outcome instanceof Exception e) {
                problem.setText(words.format("error", e.getMessage()));
            }
        });
        for (Control control : List.of(table, open)) {
            control.addListener(SWT.KeyDown, event -> {
                if (event.keyCode == SWT.F5) {
                    event.doit = false;
                    read[0].run();
                }
            });
        }
        site.poll(LIVE, () -> null, nothing -> read[0].run());
        read[0].run();
        table.setFocus();
    }

    /** A tile: a heading, a big number and a line under it; a click opens its view. */
    private static final class Tile {
        private final Label value;
        private final Label detail;

        Tile(Composite parent, String title, Font number, Runnable open) {
            Composite box = new Composite(parent, SWT.BORDER);
            box.setLayout(new GridLayout(1, false));
            box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
            Label heading = new Label(box, SWT.NONE);
            heading.setText(title);
            value = new Label(box, SWT.NONE);
            value.setFont(number);
            value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            detail = new Label(box, SWT.WRAP);
            GridData size = new GridData(SWT.FILL, SWT.CENTER, true, false);
            size.widthHint = 200;
            detail.setLayoutData(size);
            for (Control each : List.of(box, heading, value, detail)) {
                each.addListener(SWT.MouseUp, event -> open.run());
                each.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            }
        }

        void show(String number, String line) {
            value.setText(number);
            detail.setText(line);
        }
    }
}
