package webcare.ui.workbench.swt;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import webcare.ui.api.FailureText;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;

/**
 * The main window: menus, one tab per open view, status bar. Lives on the UI thread only; the
 * component hands it views as they come and go.
 */
final class WorkbenchUi {

    /** A view service and where it goes. */
    record ViewEntry(String id, int order, boolean openOnFirstRun, WorkbenchView view) {}

    private static final Logger LOG = System.getLogger(WorkbenchUi.class.getName());
    private static final int SETTLE_POLL_MILLIS = 25;

    private final Display display;
    private final Shell shell;
    private final WorkbenchHost host;
    private final LayoutMemory memory;
    private final boolean firstRun;
    /** The view the user last brought forward; kept while its service is briefly gone. */
    private String selectedIntent;
    /** Views the user wants open, in order; an absent view keeps its place until it returns. */
    private final List<String> wantedOpen;
    private final Map<String, ViewEntry> available = new LinkedHashMap<>();
    private final Map<String, CTabItem> open = new LinkedHashMap<>();
    /**
     * Open tabs whose content is not built yet: a view is built when it first comes to the front,
     * so views behind others cost neither start-up time nor memory until someone looks.
     */
    private final Map<String, Runnable> unbuilt = new LinkedHashMap<>();
    private final ExecutorService loader = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "webcare-view-load");
        thread.setDaemon(true);
        return thread;
    });
    private int pendingLoads;
    /** Each polling view's "read again now", run once when every bundle has started. */
    private final List<Runnable> readAgainAtStart = new ArrayList<>();
    private boolean startHandled;
    private Messages messages;
    private CTabFolder tabs;
    private Menu viewMenu;
    private boolean viewMenuQueued;
    private StatusBar status;

    WorkbenchUi(Display display, WorkbenchHost host, Locale locale, Collection<ViewEntry> initialViews) {
        this.display = display;
        this.host = host;
        this.memory = new LayoutMemory(host.home().resolve("data").resolve("workbench-layout.properties"));
        LayoutMemory.Layout layout = memory.load();
        this.firstRun = layout.isFirstRun();
        this.wantedOpen = new ArrayList<>(layout.openViews());
        this.selectedIntent = layout.selectedView();
        this.messages = new Messages(locale);
        shell = new Shell(display, SWT.SHELL_TRIM);
        GridLayout shellLayout = new GridLayout(1, false);
        shellLayout.marginWidth = 0;
        shellLayout.marginHeight = 0;
        shellLayout.verticalSpacing = 0;
        shell.setLayout(shellLayout);
        build();
        // Final size first, views after: each view is then laid out once, at its real size.
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        layout.bounds().ifPresentOrElse(
                bounds -> shell.setBounds(bounds.x(), bounds.y(), bounds.width(), bounds.height()),
                () -> shell.setBounds(screen.x + Math.max(0, (screen.width - 1200) / 2),
                        screen.y + Math.max(0, (screen.height - 800) / 2),
                        Math.min(1200, screen.width), Math.min(800, screen.height)));
        shell.setMaximized(layout.maximized());
        initialViews.forEach(this::addView);
        select(selectedIntent);
        shell.addListener(SWT.Close, event -> saveLayout());
        shell.addListener(SWT.Dispose, event -> {
            loader.shutdownNow();
            host.closed();
        });
        shell.open();
    }

    boolean isClosed() {
        return shell.isDisposed();
    }

    void close() {
        if (!shell.isDisposed()) {
            saveLayout();
            shell.dispose();
        }
    }

    // ---- building the window -------------------------------------------------------------

    private void build() {
        shell.setText(messages.get("window.title"));
        buildMenus();
        tabs = new CTabFolder(shell, SWT.BORDER | SWT.CLOSE | SWT.FLAT);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tabs.setSimple(false);
        tabs.setTabHeight(28);
        tabs.setSelectionBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        tabs.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                String id = (String) event.item.getData();
                wantedOpen.remove(id);
                open.remove(id);
                unbuilt.remove(id);
                ((CTabItem) event.item).getControl().dispose();
                rebuildViewMenu();
                saveLayout();
            }
        });
        tabs.addListener(SWT.Selection, event -> {
            selectedIntent = selectedId();
            buildIfNeeded(selectedIntent);
            rebuildViewMenu();
        });
        status = new StatusBar(shell, host, messages);
    }

    private void buildMenus() {
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);
        Menu file = submenu(bar, messages.get("menu.file"));
        item(file, messages.get("menu.file.quit"), SWT.MOD1 | 'Q', this::close);

        viewMenu = submenu(bar, messages.get("menu.view"));
        buildViewMenu();

        Menu help = submenu(bar, messages.get("menu.help"));
        item(help, messages.get("menu.help.keys"), SWT.F1, () -> {
            ViewEntry front = available.get(selectedId());
            HelpDialogs.keys(shell, messages, front == null ? null : front.view());
        });
        new MenuItem(help, SWT.SEPARATOR);
        item(help, messages.get("menu.help.about"), 0, () -> HelpDialogs.about(shell, messages, host));
    }

    private static Menu submenu(Menu bar, String text) {
        MenuItem header = new MenuItem(bar, SWT.CASCADE);
        header.setText(text);
        Menu menu = new Menu(header);
        header.setMenu(menu);
        return menu;
    }

    private static MenuItem item(Menu menu, String text, int accelerator, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        if (accelerator != 0) {
            item.setAccelerator(accelerator);
        }
        item.addListener(SWT.Selection, event -> action.run());
        return item;
    }

    /**
     * The View menu lists the views present now; accelerators need real items, so it is rebuilt,
     * once per turn of the event loop however many views came or went in it (at start, seven).
     */
    private void rebuildViewMenu() {
        if (!viewMenuQueued) {
            viewMenuQueued = true;
            display.asyncExec(() -> {
                viewMenuQueued = false;
                buildViewMenu();
            });
        }
    }

    private void buildViewMenu() {
        if (viewMenu == null || viewMenu.isDisposed()) {
            return;
        }
        for (MenuItem old : viewMenu.getItems()) {
            old.dispose();
        }
        int number = 1;
        for (ViewEntry entry : byOrder(available.values())) {
            MenuItem item = new MenuItem(viewMenu, SWT.CHECK);
            item.setText(entry.view().title(messages.locale()) + (number <= 9 ? "\tCtrl+" + number : ""));
            if (number <= 9) {
                item.setAccelerator(SWT.MOD1 | ('0' + number));
            }
            item.setSelection(open.containsKey(entry.id()));
            // Ctrl+N brings a view forward; choosing a view already in front closes it.
            item.addListener(SWT.Selection, event -> {
                if (open.containsKey(entry.id()) && selectedId().equals(entry.id())) {
                    closeView(entry.id());
                } else {
                    openView(entry.id());
                }
            });
            number++;
        }
        if (!available.isEmpty()) {
            new MenuItem(viewMenu, SWT.SEPARATOR);
        }
        item(viewMenu, messages.get("menu.view.close"), SWT.MOD1 | 'W', () -> closeView(selectedId()));
        item(viewMenu, messages.get("menu.view.next"), SWT.MOD1 | SWT.PAGE_DOWN, () -> step(1));
        item(viewMenu, messages.get("menu.view.previous"), SWT.MOD1 | SWT.PAGE_UP, () -> step(-1));
        new MenuItem(viewMenu, SWT.SEPARATOR);
        MenuItem languages = new MenuItem(viewMenu, SWT.CASCADE);
        languages.setText(messages.get("menu.view.language"));
        Menu languageMenu = new Menu(languages);
        languages.setMenu(languageMenu);
        language(languageMenu, "Nederlands", Locale.forLanguageTag("nl"));
        language(languageMenu, "English", Locale.ENGLISH);
        item(viewMenu, messages.get("menu.view.user"), 0, this::askUser);
    }

    private void language(Menu menu, String name, Locale locale) {
        MenuItem item = new MenuItem(menu, SWT.RADIO);
        item.setText(name);
        item.setSelection(messages.locale().getLanguage().equals(locale.getLanguage()));
        item.addListener(SWT.Selection, event -> {
            if (item.getSelection()) {
                host.saveLocale(locale);
                setLocale(locale);
            }
        });
    }

    /** View ▸ Your name…: asks who the user is as the crisis plan knows them, and remembers it. */
    private void askUser() {
        new UserDialog(shell, messages, host.userSetting(), System.getProperty("user.name", "")).open(host::saveUser);
    }

    /** Rebuilds every text in another language; open views are created anew. */
    void setLocale(Locale locale) {
        if (locale.getLanguage().equals(messages.locale().getLanguage()) || shell.isDisposed()) {
            return;
        }
        // the view the user chose, which may not have arrived yet (the language often comes in
        // while views still start), not merely the one in front now
        String chosen = selectedIntent;
        messages = new Messages(locale);
        open.clear();
        unbuilt.clear();
        for (var child : shell.getChildren()) {
            child.dispose();
        }
        shell.getMenuBar().dispose();
        build();
        byOrder(available.values()).stream().filter(entry -> wantedOpen.contains(entry.id()))
                .forEach(entry -> createTab(entry));
        select(chosen);
        if (tabs.getSelectionIndex() < 0 && tabs.getItemCount() > 0) {
            show(tabs.getItem(0)); // something in front until the chosen view arrives
        }
        selectedIntent = chosen;
        rebuildViewMenu();
        shell.layout(true, true);
    }

    // ---- views -----------------------------------------------------------------------------

    void addView(ViewEntry entry) {
        if (shell.isDisposed()) {
            return;
        }
        available.put(entry.id(), entry);
        if (firstRun && entry.openOnFirstRun() && !wantedOpen.contains(entry.id())) {
            wantedOpen.add(entry.id());
        }
        if (wantedOpen.contains(entry.id())) {
            createTab(entry);
            if (entry.id().equals(selectedIntent)) {
                select(entry.id());
            } else if (tabs.getSelectionIndex() < 0) {
                // something must be in front until the view the user chose arrives
                show(open.get(entry.id()));
            }
        }
        rebuildViewMenu();
    }

    /** The view's service left: its tab closes, but it stays wanted, so it returns with the service. */
    void removeView(WorkbenchView view) {
        if (shell.isDisposed()) {
            return;
        }
        // Disposing the tab in front makes CTabFolder select (and announce) a neighbour; the
        // user's choice stays what it was, so the view is in front again when it returns.
        String chosen = selectedIntent;
        available.values().removeIf(entry -> {
            if (entry.view() != view) {
                return false;
            }
            CTabItem item = open.remove(entry.id());
            unbuilt.remove(entry.id());
            if (item != null) {
                item.getControl().dispose();
                item.dispose();
            }
            return true;
        });
        selectedIntent = chosen;
        rebuildViewMenu();
    }

    /** Ids of the views whose tabs are open now, in tab order. */
    List<String> openViews() {
        List<String> ids = new ArrayList<>();
        for (CTabItem item : tabs.getItems()) {
            ids.add((String) item.getData());
        }
        return ids;
    }

    void openView(String id) {
        ViewEntry entry = available.get(id);
        if (entry == null) {
            return;
        }
        if (!wantedOpen.contains(id)) {
            wantedOpen.add(id);
        }
        if (!open.containsKey(id)) {
            createTab(entry);
        }
        select(id);
        rebuildViewMenu();
    }

    private void closeView(String id) {
        CTabItem item = open.remove(id);
        if (item == null) {
            return;
        }
        wantedOpen.remove(id);
        unbuilt.remove(id);
        item.getControl().dispose();
        item.dispose();
        rebuildViewMenu();
        saveLayout();
    }

    private void createTab(ViewEntry entry) {
        int index = 0;
        for (CTabItem existing : tabs.getItems()) {
            ViewEntry other = available.get((String) existing.getData());
            if (other != null && other.order() <= entry.order()) {
                index++;
            }
        }
        CTabItem item = new CTabItem(tabs, SWT.CLOSE, index);
        item.setData(entry.id());
        item.setText(entry.view().title(messages.locale()));
        Composite content = new Composite(tabs, SWT.NONE);
        content.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        content.setBackgroundMode(SWT.INHERIT_FORCE);
        item.setControl(content);
        open.put(entry.id(), item);
        unbuilt.put(entry.id(), () -> buildContent(entry, item, content));
    }

    /** Builds the content of the tab {@code id} if it has not been built yet. */
    private void buildIfNeeded(String id) {
        Runnable build = unbuilt.remove(id);
        if (build != null) {
            build.run();
        }
    }

    private void buildContent(ViewEntry entry, CTabItem item, Composite content) {
        try {
            entry.view().createContent(content, new Site(content, item, entry));
        } catch (RuntimeException | LinkageError e) {
            // A broken view shows its failure in its own tab; the window and other views go on.
            LOG.log(Level.ERROR, "View " + entry.id() + " failed to build", e);
            for (var child : content.getChildren()) {
                child.dispose();
            }
            content.setLayout(new FillLayout());
            Label failure = new Label(content, SWT.WRAP);
            failure.setText(messages.get("view.failed", entry.id(), new FailureText(messages.locale()).detail(e)));
        }
        if (shell.isVisible()) {
            // content built in a window on screen gets no resize, so lay it out now
            content.layout(true, true);
        }
    }

    private void select(String id) {
        CTabItem item = open.get(id);
        if (item != null) {
            show(item);
            selectedIntent = id;
            rebuildViewMenu();
        }
    }

    /** Brings {@code item} to the front, built: a programmatic selection sends no Selection event. */
    private void show(CTabItem item) {
        tabs.setSelection(item); // first: the content then has its size while it is built
        buildIfNeeded((String) item.getData());
    }

    /** The id of the view in front; empty when none. */
    String selectedId() {
        CTabItem selected = tabs.getSelection();
        return selected == null ? "" : (String) selected.getData();
    }

    private void step(int direction) {
        int count = tabs.getItemCount();
        if (count > 0) {
            show(tabs.getItem((Math.max(0, tabs.getSelectionIndex()) + direction + count) % count));
            selectedIntent = selectedId();
            rebuildViewMenu();
        }
    }

    private static List<ViewEntry> byOrder(Collection<ViewEntry> entries) {
        return entries.stream()
                .sorted(Comparator.comparingInt(ViewEntry::order).thenComparing(ViewEntry::id))
                .toList();
    }

    /** What one open view may ask of the workbench. */
    private final class Site implements ViewSite {
        private final Composite content;
        private final CTabItem tab;
        private final ViewEntry entry;

        Site(Composite content, CTabItem tab, ViewEntry entry) {
            this.content = content;
            this.tab = tab;
            this.entry = entry;
        }

        @Override
        public void markUnsaved(boolean unsaved) {
            if (!tab.isDisposed()) {
                String title = entry.view().title(messages.locale());
                tab.setText(unsaved ? "*" + title : title);
            }
        }

        @Override
        public Locale locale() {
            return messages.locale();
        }

        @Override
        public String user() {
            return host.user();
        }

        @Override
        public List<String> team() {
            return host.team();
        }

        @Override
        public <T> void load(String what, Callable<T> work, Consumer<T> show) {
            pendingLoads++;
            status.showBusy(what);
            loader.execute(() -> {
                try {
                    T result = work.call();
                    onUiThread(() -> {
                        if (!content.isDisposed()) {
                            show.accept(result);
                        }
                    });
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Loading failed: " + what, e);
                    // a service's message is a sentence in the window's language; without one, never "null"
                    onUiThread(() -> status.showError(messages.get("status.load.failed", what,
                            e.getMessage() != null ? e.getMessage() : new FailureText(messages.locale()).detail(e))));
                } finally {
                    onUiThread(WorkbenchUi.this::loadFinished);
                }
            });
        }

        @Override
        public <T> void poll(Duration every, Callable<T> work, Consumer<T> show) {
            int millis = (int) Math.max(1, every.toMillis());
            Runnable[] tick = new Runnable[1];
            tick[0] = () -> {
                if (content.isDisposed()) {
                    return;
                }
                loader.execute(() -> {
                    try {
                        T result = work.call();
                        onUiThread(() -> {
                            if (!content.isDisposed()) {
                                show.accept(result);
                            }
                        });
                    } catch (Exception e) {
                        LOG.log(Level.WARNING, "Refreshing a view failed: " + e.getMessage(), e);
                    } finally {
                        onUiThread(() -> display.timerExec(millis, tick[0]));
                    }
                });
            };
            display.timerExec(millis, tick[0]);
            // A view opened while bundles were still starting may have read a half-started product.
            Runnable readNow = () -> load("", work, show);
            readAgainAtStart.add(readNow);
            content.addListener(SWT.Dispose, event -> readAgainAtStart.remove(readNow));
        }

        @Override
        public void openView(String id) {
            WorkbenchUi.this.openView(id);
        }

        @Override
        public void openView(String id, String action) {
            WorkbenchUi.this.openView(id);
            ViewEntry other = available.get(id);
            if (other != null && open.containsKey(id)) {
                other.view().perform(action);
            }
        }
    }

    private void onUiThread(Runnable action) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    action.run();
                }
            });
        }
    }

    private void loadFinished() {
        pendingLoads--;
        if (pendingLoads == 0) {
            status.showIdle();
        }
    }

    /**
     * Once every bundle has been started: the status bar recounts what failed, and every polling
     * view reads again at once rather than at its next tick. Runs once.
     */
    void allStarted() {
        if (startHandled || shell.isDisposed()) {
            return;
        }
        startHandled = true;
        status.refresh();
        List.copyOf(readAgainAtStart).forEach(Runnable::run);
    }

    void refreshStatus() {
        if (!shell.isDisposed()) {
            status.refresh();
        }
    }

    // ---- layout and screenshot ---------------------------------------------------------------

    private void saveLayout() {
        if (shell.isDisposed()) {
            return;
        }
        Rectangle bounds = shell.getBounds();
        try {
            memory.save(new LayoutMemory.Layout(
                    Optional.of(new LayoutMemory.Bounds(bounds.x, bounds.y, bounds.width, bounds.height)),
                    shell.getMaximized(), List.copyOf(wantedOpen), selectedIntent));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Window layout not saved: " + e.getMessage());
        }
    }

    /**
     * Once every bundle has started, every view has loaded and the database has opened (or
     * failed), writes the window as a PNG and hands over the exit status: 0 written, 1 not.
     */
    void screenshotWhenSettled(Path file, Consumer<Integer> done) {
        display.timerExec(SETTLE_POLL_MILLIS, () -> {
            if (shell.isDisposed()) {
                done.accept(1);
            } else if (!host.allStarted()) {
                screenshotWhenSettled(file, done);
            } else if (!startHandled || pendingLoads > 0 || !status.databaseSettled()) {
                allStarted(); // may still be queued: what it reads again belongs in the picture
                screenshotWhenSettled(file, done);
            } else {
                while (display.readAndDispatch()) {
                    // handle everything that is still queued: it may start another load
                }
                if (pendingLoads > 0) {
                    screenshotWhenSettled(file, done);
                    return;
                }
                status.refresh(); // the database state may have changed since its last poll
                status.showIdle();
                done.accept(WindowPicture.write(shell, file) ? 0 : 1);
            }
        });
    }
}
