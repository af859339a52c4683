package webcare.ui.workbench.swt;

import java.io.IOException;
import java.io.Reader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import webcare.launch.api.Launch;
import webcare.files.WholeFile;
import webcare.source.api.Source;
import webcare.store.api.Store;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.WorkbenchView;

/**
 * The workbench window as a component: it owns the UI thread and takes every
 * {@link WorkbenchView} service that comes along (whiteboard), naming none of them. Configured by
 * {@code etc/webcare.ui.workbench.cfg} ({@code locale = nl|en}, {@code user = NAME}).
 */
@Component(immediate = true, service = WorkbenchWindow.class, configurationPid = WorkbenchWindow.PID)
@Designate(ocd = WorkbenchWindow.Config.class)
public final class WorkbenchWindow {

    /** The machine's language, read before the window makes its own the default. */
    private static final Locale SYSTEM_LOCALE = Locale.getDefault();

    static final String PID = "webcare.ui.workbench";
    private static final Logger LOG = System.getLogger(WorkbenchWindow.class.getName());

    /** Keys of {@code etc/webcare.ui.workbench.cfg}; the metatype lets diagnostics check the file. */
    @ObjectClassDefinition(id = PID, name = "Workbench window", description = "Settings of the workbench window")
    public @interface Config {
        @AttributeDefinition(name = "Language", required = false,
                description = "nl or en; leave out to follow the system language",
                options = {@Option(value = "nl", label = "Nederlands"), @Option(value = "en", label = "English")})
        String locale() default "";

        @AttributeDefinition(name = "Your name", required = false,
                description = "Your name or login as the crisis plan knows you (person id, e-mail name or full name); "
                        + "empty: the computer's login")
        String user() default "";

        @AttributeDefinition(name = "Team", required = false,
                description = "The names items can be assigned to besides you and the crisis plan's people, "
                        + "comma-separated, e.g. anna, bert, Cees de Boer")
        String team() default "";
    }

    private final Launch launch;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}; the window reads it once, later changes go through {@link #onUi}. */
    private final Map<WorkbenchView, WorkbenchUi.ViewEntry> views = new LinkedHashMap<>();
    private final AtomicInteger sources = new AtomicInteger();
    private final Thread uiThread;
    private volatile Locale locale;
    /** The {@code user} setting, stripped; empty when none. */
    private volatile String userSetting;
    /** The {@code team} setting as written. */
    private volatile String teamSetting;
    // Optional and dynamic: set and cleared atomically, so an unbind never clears a newer bind.
    private final AtomicReference<Store> store = new AtomicReference<>();
    private volatile boolean deactivating;
    private WorkbenchUi ui;
    private Display display;

    @Activate
    public WorkbenchWindow(@Reference(target = "(|(" + Launch.MODE + "=UI)(" + Launch.MODE + "=SCREENSHOT))")
            Launch launch, Config config) {
        this.launch = launch;
        this.locale = asDefault(language(config));
        this.userSetting = config.user().strip();
        this.teamSetting = config.team();
        this.uiThread = new Thread(this::runWindow, "webcare-ui");
        uiThread.start();
        // Recount bundles that failed to start, and let views read again, once all have been tried.
        launch.allStarted().thenRun(() -> onUi(WorkbenchUi::allStarted));
    }

    @Modified
    void modified(Config config) {
        locale = asDefault(language(config));
        userSetting = config.user().strip();
        teamSetting = config.team();
        onUi(window -> window.setLocale(locale));
    }

    /**
     * The language {@code config} asks for; for a value the window does not speak, the system's,
     * and the log names the file, the key and the values it takes (Diagnostics lists it too).
     */
    private static Locale language(Config config) {
        String setting = config.locale().strip();
        if (!setting.isEmpty() && !Messages.LANGUAGES.contains(setting)) {
            LOG.log(Level.WARNING, "etc/{0}.cfg: locale: ''{1}'' is not a language of the workbench: use {2} "
                    + "(the system language is used meanwhile)", PID, setting, String.join(" or ", Messages.LANGUAGES));
        }
        return Messages.choose(setting, SYSTEM_LOCALE);
    }

    /**
     * Who works in the window: {@code setting} when it names someone, else the computer's
     * {@code login}; "unknown" when neither does, so a save is never recorded under no name.
     */
    static String user(String setting, String login) {
        if (!setting.isBlank()) {
            return setting.strip();
        }
        return login == null || login.isBlank() ? "unknown" : login.strip();
    }

    /**
     * {@code user} first, then each name of the comma-separated {@code setting} in the order
     * written, blanks left out and each name once, ignoring case (the first spelling stays).
     */
    static List<String> team(String user, String setting) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(user.toLowerCase(Locale.ROOT), user);
        for (String name : setting.split(",")) {
            String stripped = name.strip();
            if (!stripped.isEmpty()) {
                names.putIfAbsent(stripped.toLowerCase(Locale.ROOT), stripped);
            }
        }
        return List.copyOf(names.values());
    }

    /**
     * Makes {@code language} the JVM's default locale, so that what formats by the default (SWT's
     * date pickers among it) speaks the window's language, not the machine's.
     */
    private static Locale asDefault(Locale language) {
        Locale.setDefault(language);
        return language;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(WorkbenchView view, Map<String, Object> properties) {
        WorkbenchUi.ViewEntry entry = new WorkbenchUi.ViewEntry(
                String.valueOf(properties.getOrDefault(ViewPlacement.ID, view.getClass().getName())),
                properties.get(ViewPlacement.ORDER) instanceof Integer order ? order : 100,
                Boolean.TRUE.equals(properties.get(ViewPlacement.OPEN_ON_FIRST_RUN)),
                view);
        synchronized (lock) {
            views.put(view, entry);
            onUi(window -> window.addView(entry));
        }
    }

    void removeView(WorkbenchView view) {
        synchronized (lock) {
            views.remove(view);
            onUi(window -> window.removeView(view));
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setStore(Store store) {
        this.store.set(store);
        onUi(WorkbenchUi::refreshStatus);
    }

    void unsetStore(Store gone) {
        store.compareAndSet(gone, null);
        onUi(WorkbenchUi::refreshStatus);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(Source source) {
        sources.incrementAndGet();
        onUi(WorkbenchUi::refreshStatus);
    }

    void removeSource(Source source) {
        sources.decrementAndGet();
        onUi(WorkbenchUi::refreshStatus);
    }

    /** Ids of the views whose tabs are open now; waits for the UI thread. Empty before the window. */
    public List<String> openViews() {
        Display current;
        synchronized (lock) {
            current = display;
        }
        if (current == null || current.isDisposed()) {
            return List.of();
        }
        AtomicReference<List<String>> result = new AtomicReference<>(List.of());
        current.syncExec(() -> {
            if (ui != null && !ui.isClosed()) {
                result.set(ui.openViews());
            }
        });
        return result.get();
    }

    /** Runs {@code action} on the UI thread if the window exists; callers hold {@link #lock} or accept a miss. */
    private void onUi(Consumer<WorkbenchUi> action) {
        Display current = display;
        if (current != null && !current.isDisposed()) {
            current.asyncExec(() -> {
                if (ui != null && !ui.isClosed()) {
                    action.accept(ui);
                }
            });
        }
    }

    private void runWindow() {
        Display created;
        try {
            created = new Display();
        } catch (SWTError e) {
            System.err.println("webcare: cannot open a window (" + e.getMessage()
                    + "); run with a display, or use './webcare --headless COMMAND' or 'xvfb-run ./webcare'");
            launch.exit(1);
            return;
        }
        List<WorkbenchUi.ViewEntry> initial;
        synchronized (lock) {
            display = created;
            initial = List.copyOf(views.values());
        }
        // Built outside the lock, or every view bundle starting meanwhile would wait for the whole
        // window. A view added after the copy arrives through onUi, which runs on this thread
        // after the assignment below.
        WorkbenchUi built = new WorkbenchUi(created, new Host(), locale, initial);
        synchronized (lock) {
            ui = built;
        }
        if (launch.mode() == Launch.Mode.SCREENSHOT) {
            Path file = Path.of(launch.arguments().isEmpty() ? "webcare.png" : launch.arguments().get(0));
            ui.screenshotWhenSettled(file, status -> launch.exit(status));
        }
        while (!ui.isClosed()) {
            if (!created.readAndDispatch()) {
                created.sleep();
            }
        }
        synchronized (lock) {
            display = null;
        }
        created.dispose();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        deactivating = true;
        onUi(WorkbenchUi::close);
        uiThread.join(10_000);
    }

    /** The window's view of this component. */
    private final class Host implements WorkbenchHost {
        @Override
        public String productVersion() {
            return launch.productVersion();
        }

        @Override
        public Path home() {
            return launch.home();
        }

        @Override
        public Optional<Store> store() {
            return Optional.ofNullable(store.get());
        }

        @Override
        public int activeSources() {
            return sources.get();
        }

        @Override
        public boolean allStarted() {
            return launch.allStarted().toCompletableFuture().isDone();
        }

        @Override
        public Map<Long, String> startFailures() {
            return launch.startFailures();
        }

        @Override
        public void saveLocale(Locale chosen) {
            locale = asDefault(chosen);
            saveSetting(launch.home().resolve("etc").resolve(PID + ".cfg"), "locale", chosen.getLanguage());
        }

        @Override
        public String user() {
            return WorkbenchWindow.user(userSetting, System.getProperty("user.name"));
        }

        @Override
        public List<String> team() {
            return WorkbenchWindow.team(user(), teamSetting);
        }

        @Override
        public String userSetting() {
            return userSetting;
        }

        @Override
        public void saveUser(String name) {
            userSetting = name.strip();
            saveSetting(launch.home().resolve("etc").resolve(PID + ".cfg"), "user", userSetting);
        }

        @Override
        public void closed() {
            if (!deactivating) {
                launch.exit(0);
            }
        }
    }

    /**
     * Writes one key into a File Install configuration file, keeping the others. Written whole or
     * not at all, so File Install never reads half a file, and readable by its owner only.
     */
    static void saveSetting(Path cfg, String key, String value) {
        Properties properties = new Properties();
        try {
            if (Files.exists(cfg)) {
                try (Reader in = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) { // as File Install reads it
                    properties.load(in);
                }
            }
            properties.setProperty(key, value);
            Files.createDirectories(cfg.getParent());
            // owner-only and no half copies left in etc/, like every file there; ASCII, other
            // characters escaped: reads alike in UTF-8
            String prefix = "." + cfg.getFileName();
            WholeFile.removeLeftovers(cfg, prefix);
            WholeFile.write(cfg, prefix, WholeFile.OWNER_ONLY,
                    out -> properties.store(out, "Webcare Workbench window settings"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Setting {0} not saved to {1}: {2}", key, cfg, e.getMessage());
        }
    }
}
