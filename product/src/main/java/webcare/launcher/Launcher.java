package webcare.launcher;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import webcare.launch.api.Launch;

/**
 * Starts Apache Felix with the product's bundles, registers {@link Launch}, and waits until some
 * bundle asks to exit (or the framework stops). The framework cache under
 * {@code $WEBCARE_HOME/cache/<mode>} is reused between runs; bundles whose jar changed are
 * updated, removed ones uninstalled, new ones installed.
 */
public final class Launcher implements AutoCloseable {

    private static final Logger LOG = System.getLogger(Launcher.class.getName());
    private static final String LOCATION_PREFIX = "reference:";
    private static final long STOP_TIMEOUT_MILLIS = 15_000;

    private final Options options;
    private final Distribution distribution;
    private final CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
    /** Felix's words when a bundle's resolution found the global lock held by another thread. */
    private static final String GLOBAL_LOCK_BUSY = "Unable to acquire global lock";
    private static final int GLOBAL_LOCK_ATTEMPTS = 20;
    private static final long GLOBAL_LOCK_PAUSE_MILLIS = 25;
    private final CompletableFuture<Void> allStarted = new CompletableFuture<>();
    /** Written while bundles start, read meanwhile by the bundles already running. */
    private final Map<Long, String> startFailures = new ConcurrentHashMap<>();
    private Framework framework;
    private FileChannel cacheLockChannel;
    private Path temporaryCache;

    public Launcher(Options options, Distribution distribution) {
        this.options = options;
        this.distribution = distribution;
    }

    /** Starts the framework and every bundle; returns when the Launch service is registered. */
    public Framework start() throws IOException, BundleException {
        Files.createDirectories(options.home().resolve("data"));
        PrivateFolder.ensure(options.home().resolve("etc"));
        List<Path> jars = distribution.bundles(options);
        framework = new Felix(configuration(cacheDirectory()));
        framework.init();
        boolean changed = synchronise(framework, jars);
        framework.start();
        if (changed) {
            refresh(framework);
        }
        // All at once, before any starts: a bundle resolved on its own start needs the framework's
        // global lock, and a start that meets another thread holding it fails at once ("Unable to
        // acquire global lock for resolve"); one resolver pass is also cheaper than one per bundle.
        framework.adapt(FrameworkWiring.class).resolveBundles(null);
        // Launch first: the window opens while the other bundles start; commands wait for allStarted.
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Launch.MODE, options.mode().name());
        framework.getBundleContext().registerService(Launch.class, new RunningLaunch(), properties);
        for (Path jar : jars) {
            startBundle(framework.getBundleContext().getBundle(location(jar)));
        }
        allStarted.complete(null);
        Thread watcher = new Thread(this::watchForStop, "webcare-framework-watch");
        watcher.setDaemon(true);
        watcher.start();
        return framework;
    }

    /** Waits for the exit status a bundle asked for, then stops the framework. */
    public int awaitExit() {
        int status = exitStatus.join();
        close();
        return status;
    }

    /**
     * Stops the framework and releases the cache; a second call does nothing. Synchronised: a
     * termination signal's shutdown hook and the main thread may both get here.
     */
    @Override
    public synchronized void close() {
        try {
            if (framework != null && (framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                framework.stop();
                framework.waitForStop(STOP_TIMEOUT_MILLIS);
            }
        } catch (BundleException e) {
            LOG.log(Level.WARNING, "Framework did not stop cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            releaseCache();
        }
    }

    Map<Long, String> startFailures() {
        return Map.copyOf(startFailures);
    }

    private void watchForStop() {
        try {
            framework.waitForStop(0);
            exitStatus.complete(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Object> configuration(Path cache) {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "webcare.launch.api;version=1.0.0");
        config.put("felix.log.logger", new FrameworkLog());
        config.put("felix.log.level", "2");
        // Configuration files: one .cfg a configuration, factory instances as <factoryPid>-<name>.cfg.
        config.put("felix.fileinstall.dir", options.home().resolve("etc").toString());
        config.put("felix.fileinstall.filter", ".*\\.cfg");
        config.put("felix.fileinstall.poll", "1000");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.enableConfigSave", "false");
        // what editors write today; File Install's own default, ISO 8859-1, garbles every é typed in UTF-8
        config.put("felix.fileinstall.configEncoding", "UTF-8");
        config.put("felix.fileinstall.log.level", "2");
        config.put("ds.loglevel", "warn");
        // SCR keeps the component descriptions it parsed in its bundle's data area (checked against
        // each bundle's last-modified time): later starts skip parsing some 60 XML files.
        config.put("ds.cache.metadata", "true");
        config.put("gosh.home", options.home().toString());
        config.put("webcare.home", options.home().toString());
        return config;
    }

    /**
     * One process at a time may use a cache directory; a second process (a headless command while
     * the workbench runs, say) gets a fresh temporary cache instead of corrupting the shared one.
     */
    private Path cacheDirectory() throws IOException {
        Path cache = options.home().resolve("cache").resolve(options.cacheName());
        PrivateFolder.ensure(cache.getParent());
        cacheLockChannel = FileChannel.open(cache.resolveSibling(options.cacheName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock cacheLock = cacheLockChannel.tryLock();
        if (cacheLock != null) {
            return cache;
        }
        temporaryCache = Files.createTempDirectory("webcare-cache-");
        return temporaryCache;
    }

    private void releaseCache() {
        try {
            if (cacheLockChannel != null) {
                cacheLockChannel.close(); // releases the lock too
                cacheLockChannel = null;
            }
            if (temporaryCache != null) {
                try (var files = Files.walk(temporaryCache)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
                temporaryCache = null;
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Cache clean-up incomplete", e);
        }
    }

    private static String location(Path jar) {
        return LOCATION_PREFIX + jar.toUri();
    }

    /**
     * Makes the installed bundles match {@code jars}: install new, update changed (newer file
     * than the installed copy), uninstall what the product no longer has. Returns whether anything
     * changed, so wiring must be refreshed.
     */
    static boolean synchronise(Framework framework, List<Path> jars) throws IOException, BundleException {
        var context = framework.getBundleContext();
        Map<String, Path> wanted = new LinkedHashMap<>();
        for (Path jar : jars) {
            wanted.put(location(jar), jar);
        }
        boolean changed = false;
        for (Bundle installed : context.getBundles()) {
            if (installed.getBundleId() == 0) {
                continue;
            }
            Path jar = wanted.remove(installed.getLocation());
            if (jar == null) {
                installed.uninstall();
                changed = true;
            } else if (Files.getLastModifiedTime(jar).toMillis() > installed.getLastModified()) {
                installed.update();
                changed = true;
            }
        }
        for (String location : wanted.keySet()) {
            context.installBundle(location);
            changed = true;
        }
        return changed;
    }

    private static void refresh(Framework framework) {
        CountDownLatch done = new CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(null, event -> done.countDown());
        try {
            if (!done.await(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "Bundle refresh did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts one bundle; a failure is recorded and logged, and the others still start. */
    private void startBundle(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        boolean fragment = revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        if (bundle.getBundleId() == 0 || fragment) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // Transient: the cache must not start anything by itself on the next run.
                bundle.start(Bundle.START_TRANSIENT);
                return;
            } catch (BundleException e) {
                if (attempt < GLOBAL_LOCK_ATTEMPTS && String.valueOf(e.getMessage()).contains(GLOBAL_LOCK_BUSY)) {
                    pause(); // another thread resolves right now: a moment later the lock is free
                    continue;
                }
                failed(bundle, e);
                return;
            } catch (RuntimeException e) {
                failed(bundle, e);
                return;
            }
        }
    }

    private void failed(Bundle bundle, Exception e) {
        String reason = firstLine(e);
        startFailures.put(bundle.getBundleId(), reason);
        LOG.log(Level.ERROR, "Bundle " + bundle.getSymbolicName() + " did not start: " + reason, e);
    }

    private static void pause() {
        try {
            Thread.sleep(GLOBAL_LOCK_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        int unresolved = message.indexOf(" Unresolved requirements:");
        if (unresolved > 0) {
            message = message.substring(0, unresolved);
        }
        return message.lines().findFirst().orElse("").strip();
    }

    /** The service bundles see. */
    private final class RunningLaunch implements Launch {
        @Override
        public Mode mode() {
            return options.mode();
        }

        @Override
        public List<String> arguments() {
            return options.arguments();
        }

        @Override
        public Path home() {
            return options.home();
        }

        @Override
        public CompletionStage<Void> allStarted() {
            return allStarted.copy();
        }

        @Override
        public Map<Long, String> startFailures() {
            return Launcher.this.startFailures();
        }

        @Override
        public String productVersion() {
            return Main.productVersion();
        }

        @Override
        public void exit(int status) {
            exitStatus.complete(status);
        }
    }

    /** Routes the framework's own messages into the log files. */
    private static final class FrameworkLog extends org.apache.felix.framework.Logger {
        private static final Logger FELIX = System.getLogger("org.apache.felix.framework");

        @Override
        protected void doLog(Bundle bundle, org.osgi.framework.ServiceReference sr, int level, String message,
                Throwable throwable) {
            String where = bundle == null ? "" : "[" + bundle.getSymbolicName() + "] ";
            doLog(level, where + message, throwable);
        }

        @Override
        protected void doLog(int level, String message, Throwable throwable) {
            Level mapped = switch (level) {
                case LOG_ERROR -> Level.ERROR;
                case LOG_WARNING -> Level.WARNING;
                case LOG_INFO -> Level.INFO;
                default -> Level.DEBUG;
            };
            FELIX.log(mapped, message, throwable);
        }
    }
}
