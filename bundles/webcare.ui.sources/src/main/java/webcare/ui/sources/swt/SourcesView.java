package webcare.ui.sources.swt;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeService;
import webcare.demo.api.DemoData;
import webcare.ingest.api.Ingest;
import webcare.ingest.api.MentionFileImport;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;
import webcare.ingest.api.SyncResult;
import webcare.launch.api.Launch;
import webcare.store.api.MentionRepository;
import webcare.store.api.Store;
import webcare.ui.api.DisplayFormats;
import webcare.ui.api.Shortcut;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;

/**
 * Every configured source instance with its state, last sync, today's volume, stored mentions and
 * a two-week sparkline, then every other instance with stored mentions (demo data marked); sync now; add an instance (writes its {@code etc/*.cfg}); import a mention file (when
 * the import service is there); load or remove the demo.
 */
@Component
@ViewPlacement(id = "sources", order = 20, openOnFirstRun = true)
public final class SourcesView implements WorkbenchView {

    private static final Duration REFRESH = Duration.ofSeconds(2);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    /** Days for the counts and sparklines are Dutch days, as every time shown is Dutch time. */
    private static final ZoneId ZONE = DisplayFormats.DUTCH_TIME;
    private static final int SPARKLINE_COLUMN = 6;
    private static final int SKIPPED_COLUMN = 7;

    private final Ingest ingest;
    private final Store store;
    private final MentionRepository mentions;
    private final Launch launch;
    private final MetaTypeService metaTypes;
    private final BundleContext context;
    private final VolumeCache volumes = new VolumeCache();
    // Optional and dynamic: set and cleared atomically, so an unbind never clears a newer bind.
    private final AtomicReference<DemoData> demo = new AtomicReference<>();
    private final AtomicReference<MentionFileImport> fileImport = new AtomicReference<>();

    @Activate
    public SourcesView(@Reference Ingest ingest, @Reference Store store, @Reference MentionRepository mentions,
            @Reference Launch launch, @Reference MetaTypeService metaTypes, BundleContext context) {
        this.ingest = ingest;
        this.store = store;
        this.mentions = mentions;
        this.launch = launch;
        this.metaTypes = metaTypes;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDemo(DemoData demo) {
        this.demo.set(demo);
    }

    void unsetDemo(DemoData gone) {
        demo.compareAndSet(gone, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setFileImport(MentionFileImport fileImport) {
        this.fileImport.set(fileImport);
    }

    void unsetFileImport(MentionFileImport gone) {
        fileImport.compareAndSet(gone, null);
    }

    /** Opens the Add-source dialog of the content on screen; UI thread only, null without content. */
    private Runnable addSourceAction;

    /** One reading for the whole view, taken off the UI thread. */
    private record Snapshot(List<SourceRow> rows, boolean databaseEmpty, boolean demoLoaded) {}

    @Override
    public void createContent(Composite parent, ViewSite site) {
        ResourceBundle texts = WorkbenchView.texts(SourcesView.class, site.locale());
        parent.setLayout(new GridLayout(5, false));

        Label summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button syncNow = button(parent, texts.getString("sync"));
        Button add = button(parent, texts.getString("add"));
        Button importButton = button(parent, texts.getString("import"));
        importButton.setToolTipText(texts.getString("import.tooltip"));
        show(importButton, fileImport.get() != null);
        Button demoButton = button(parent, texts.getString("demo.load"));
        show(demoButton, false);

        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        int[] widths = {220, 200, 130, 130, 70, 90, 170, 150, 420};
        String[] columns = {"source", "state", "last", "next", "today", "stored", "volume", "skipped", "message"};
        for (int i = 0; i < columns.length; i++) {
            TableColumn column = new TableColumn(table, i == 4 || i == 5 ? SWT.RIGHT : SWT.LEFT);
            column.setText(texts.getString("column." + columns[i]));
            column.pack(); // at least as wide as its heading in the window's language
            column.setWidth(Math.max(widths[i], column.getWidth()));
        }
        table.getColumn(SKIPPED_COLUMN).setToolTipText(texts.getString("column.skipped.tooltip"));
        List<SourceRow> shown = new ArrayList<>();
        table.addListener(SWT.MeasureItem, event -> event.height = Math.max(event.height, 26));
        table.addListener(SWT.PaintItem, event -> {
            if (event.index == SPARKLINE_COLUMN && event.item.getData() instanceof SourceRow row) {
                Sparkline.draw(event.gc, ((TableItem) event.item).getBounds(SPARKLINE_COLUMN), row.volume());
            }
        });

        Callable<Snapshot> read = this::snapshot;
        java.util.function.Consumer<Snapshot> show = snapshot -> {
            shown.clear();
            shown.addAll(snapshot.rows());
            fill(table, snapshot.rows(), texts, site.locale());
            summary.setText(summarise(snapshot, texts));
            DemoData offered = demo.get();
            boolean showDemo = offered != null && (snapshot.databaseEmpty() || snapshot.demoLoaded());
            demoButton.setText(texts.getString(snapshot.demoLoaded() ? "demo.remove" : "demo.load"));
            demoButton.setData(snapshot.demoLoaded());
            show(demoButton, showDemo);
            show(importButton, fileImport.get() != null);
            parent.layout(true);
        };
        // The first reading waits (briefly) for File Install to bring up every configured instance.
        site.load(texts.getString("loading"), () -> {
            ingest.awaitConfigured(FIRST_WAIT);
            return snapshot();
        }, show);
        site.poll(REFRESH, read, show);

        syncNow.addListener(SWT.Selection, event -> {
            List<SourceStatus> chosen = selected(table, shown);
            site.load(texts.getString("syncing"), () -> sync(chosen), results -> {
                site.load(texts.getString("loading"), read, show);
                long failed = results.stream().filter(SyncResult::failed).count();
                summary.setText(MessageFormat.format(texts.getString("synced"), results.size(), failed));
            });
        });
        ImportPanel imports = new ImportPanel(parent, importButton, texts, site.locale(),
                () -> site.load(texts.getString("loading"), read, show));
        imports.row().moveAbove(table);
        Runnable importFile = () -> {
            MentionFileImport offered = fileImport.get();
            if (offered != null) {
                imports.chooseAndImport(offered);
            }
        };
        importButton.addListener(SWT.Selection, event -> importFile.run());
        // Ctrl+I (Cmd+I on a Mac) while the focus is anywhere in the view
        Listener shortcut = event -> {
            if (event.keyCode == 'i' && (event.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1
                    && event.widget instanceof Control focus && within(focus, parent) && importButton.isVisible()
                    && importButton.isEnabled()) {
                event.doit = false;
                importFile.run();
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, shortcut);
        parent.addListener(SWT.Dispose, event -> event.display.removeFilter(SWT.KeyDown, shortcut));
        Runnable addSource = () -> new SourceDialog(parent.getShell(), texts, metaTypes, context,
                launch.home().resolve("etc")).open();
        add.addListener(SWT.Selection, event -> addSource.run());
        addSourceAction = addSource;
        parent.addListener(SWT.Dispose, event -> addSourceAction = null);
        demoButton.addListener(SWT.Selection, event -> {
            DemoData offered = demo.get();
            if (offered == null) {
                return;
            }
            boolean remove = Boolean.TRUE.equals(demoButton.getData());
            if (remove && !confirm(parent, texts)) {
                return;
            }
            site.load(texts.getString(remove ? "demo.removing" : "demo.loading"),
                    () -> remove ? offered.remove() : offered.load(),
                    count -> site.load(texts.getString("loading"), read, show));
        });
    }

    /** {@code add-source}: the Add-source dialog, as its button opens it. */
    @Override
    public void perform(String action) {
        if ("add-source".equals(action) && addSourceAction != null) {
            addSourceAction.run();
        }
    }

    @Override
    public List<Shortcut> shortcuts(Locale locale) {
        ResourceBundle texts = WorkbenchView.texts(SourcesView.class, locale);
        return List.of(new Shortcut("Ctrl+I", texts.getString("keys.import")));
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        return button;
    }

    private static void show(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    private static boolean within(Control control, Composite ancestor) {
        for (Control at = control; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean confirm(Composite parent, ResourceBundle texts) {
        MessageBox box = new MessageBox(parent.getShell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        box.setText(texts.getString("demo.remove"));
        box.setMessage(texts.getString("demo.confirm"));
        return box.open() == SWT.YES;
    }

    /** The configured instances selected in the table, or every configured instance when none is. */
    private static List<SourceStatus> selected(Table table, List<SourceRow> shown) {
        List<SourceStatus> chosen = new ArrayList<>();
        for (TableItem item : table.getSelection()) {
            SourceRow row = (SourceRow) item.getData();
            if (row.configured()) {
                chosen.add(row.status());
            }
        }
        if (chosen.isEmpty()) {
            shown.stream().filter(SourceRow::configured).forEach(row -> chosen.add(row.status()));
        }
        return chosen;
    }

    private List<SyncResult> sync(List<SourceStatus> chosen) {
        List<java.util.concurrent.CompletableFuture<SyncResult>> passes = chosen.stream()
                .map(source -> ingest.syncNow(source.type(), source.instance()).toCompletableFuture()).toList();
        return passes.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    private Snapshot snapshot() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Instant since = today.minusDays(SourceRow.DAYS - 1L).atStartOfDay(ZONE).toInstant();
        List<SourceStatus> sources = ingest.sources();
        List<SourceRow> rows = store.inTransaction(tx -> volumes.rows(sources,
                mentions.count(tx, MentionRepository.Query.ALL), today, () -> mentions.instances(tx),
                source -> SourceRow.volume(mentions.perDay(tx,
                        new MentionRepository.Query(source.type(), source.instance(), since, null), ZONE), today)));
        DemoData offered = demo.get();
        boolean empty = offered != null && offered.databaseEmpty();
        boolean loaded = offered != null && offered.loaded();
        return new Snapshot(rows, empty, loaded);
    }

    private static void fill(Table table, List<SourceRow> rows, ResourceBundle texts, Locale locale) {
        // keep the selection across refreshes
        List<String> selected = new ArrayList<>();
        for (TableItem item : table.getSelection()) {
            selected.add(key(((SourceRow) item.getData()).status()));
        }
        table.setItemCount(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            SourceStatus status = row.status();
            TableItem item = table.getItem(i);
            item.setData(row);
            DisplayFormats formats = DisplayFormats.of(locale);
            item.setText(new String[] {status.type() + " / " + status.instance(), state(row, texts, locale),
                time(status.lastSync(), locale), time(status.until(), locale), formats.number(row.today()),
                formats.number(row.stored()), "", skipped(status, texts, locale), message(row, texts)});
            item.setForeground(1, table.getDisplay().getSystemColor(
                    row.storedOnly() ? SWT.COLOR_DARK_GRAY : colour(status.state())));
            if (selected.contains(key(status))) {
                table.select(i);
            }
        }
        table.redraw();
    }

    private static String key(SourceStatus status) {
        return status.type() + "/" + status.instance();
    }

    /** The State column: the instance's state, or what a row that is not configured is. */
    static String state(SourceRow row, ResourceBundle texts, Locale locale) {
        if (row.storedOnly()) {
            return texts.getString(row.demoOnly() ? "state.demo" : "state.storedOnly");
        }
        return state(row.status(), texts, locale);
    }

    static String message(SourceRow row, ResourceBundle texts) {
        return row.storedOnly() ? texts.getString(row.demoOnly() ? "message.demo" : "message.storedOnly")
                : row.status().message();
    }

    static String state(SourceStatus status, ResourceBundle texts, Locale locale) {
        String text = texts.getString("state." + status.state().name());
        return status.state() == SourceState.RATE_LIMITED && status.until() != null
                ? MessageFormat.format(text, time(status.until(), locale)) : text;
    }

    /**
     * What the last sync left out: {@code 3 (no id)}, or with several reasons {@code 5 (3 no id, 2
     * no created_time)}; empty when nothing. The reasons are the connector's words, as its messages are.
     */
    static String skipped(SourceStatus status, ResourceBundle texts, Locale locale) {
        Map<String, Integer> skipped = status.lastSkipped();
        if (skipped.isEmpty()) {
            return "";
        }
        StringJoiner reasons = new StringJoiner(", ");
        skipped.forEach((reason, count) -> reasons.add(skipped.size() == 1 ? reason
                : new MessageFormat("{0,number,integer} {1}", locale).format(new Object[] {count, reason})));
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return new MessageFormat(texts.getString("skipped"), locale).format(new Object[] {total, reasons.toString()});
    }

    private static int colour(SourceState state) {
        return switch (state) {
            case OK -> SWT.COLOR_DARK_GREEN;
            case SYNCING -> SWT.COLOR_DARK_BLUE;
            case RATE_LIMITED -> SWT.COLOR_DARK_YELLOW;
            case NEW, STOPPED, POLLED_ELSEWHERE -> SWT.COLOR_DARK_GRAY;
            case AUTH_FAILED, BAD_CONFIGURATION, ERROR -> SWT.COLOR_RED;
        };
    }

    /** Whether the summary counts an instance in {@code state} as needing attention. */
    static boolean needsAttention(SourceState state) {
        return switch (state) {
            case NEW, OK, SYNCING, POLLED_ELSEWHERE -> false;
            case RATE_LIMITED, AUTH_FAILED, BAD_CONFIGURATION, ERROR, STOPPED -> true;
        };
    }

    static String time(Instant instant, Locale locale) {
        return instant == null ? "-" : DisplayFormats.of(locale).dateTime(instant);
    }

    private static String summarise(Snapshot snapshot, ResourceBundle texts) {
        if (snapshot.rows().isEmpty()) {
            return texts.getString(snapshot.databaseEmpty() ? "none.empty" : "none");
        }
        long configured = snapshot.rows().stream().filter(SourceRow::configured).count();
        long troubled = snapshot.rows().stream()
                .filter(row -> row.configured() && needsAttention(row.status().state())).count();
        String summary = configured == 0 ? texts.getString("none.configured")
                : MessageFormat.format(texts.getString("summary"), configured, troubled);
        long storedOnly = snapshot.rows().size() - configured;
        return summary + (storedOnly == 0 ? "" : "  " + MessageFormat.format(texts.getString("summary.stored"),
                storedOnly)) + (snapshot.demoLoaded() ? "  " + texts.getString("demo.marked") : "");
    }
}
