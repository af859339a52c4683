package webcare.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The start-up floor: {@code FloorLauncher --home DIR (--screenshot FILE.png | --stay)}.
 *
 * <p>Starts Felix with the bundles listed in {@code floor.bundles} (beside {@code lib/}) plus this
 * jar as a bundle, the way the product's launcher does: framework cache in {@code DIR/cache}
 * reused between runs, {@code reference:file:} locations, changed jars updated, bundles started
 * transiently, fragments not started. The floor bundle's one component opens an H2 file in
 * {@code DIR/data} and one SWT window, and in {@code --screenshot} mode writes the PNG and asks
 * for exit through the {@link IntConsumer} service registered here. Exit status: 0 written, 1
 * not, 2 bad usage. With {@code -Dwebcare.bench.trace=true} each phase is printed to stderr, in
 * milliseconds since {@code -Dwebcare.bench.t0} (epoch nanoseconds, e.g. {@code $(date +%s%N)}).
 */
public final class FloorLauncher {

    /** Framework properties the floor component reads. */
    static final String MODE = "webcare.bench.mode";
    static final String PNG = "webcare.bench.png";
    static final String DATA = "webcare.bench.data";
    private static final String LOCATION_PREFIX = "reference:";
    private static final long STOP_TIMEOUT_MILLIS = 15_000;

    private FloorLauncher() {}

    public static void main(String[] args) throws Exception {
        mark("main");
        Path home = null;
        String mode = null;
        String png = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = i + 1 < args.length ? Path.of(args[++i]).toAbsolutePath() : null;
                case "--screenshot" -> {
                    mode = "screenshot";
                    png = i + 1 < args.length ? Path.of(args[++i]).toAbsolutePath().toString() : "";
                }
                case "--stay" -> mode = "stay";
                default -> mode = null;
            }
        }
        if (home == null || mode == null || (mode.equals("screenshot") && !png.endsWith(".png"))) {
            System.err.println("usage: FloorLauncher --home DIR (--screenshot FILE.png | --stay)");
            System.exit(2);
        }
        System.exit(run(home, mode, png));
    }

    static int run(Path home, String mode, String png) throws IOException, BundleException, InterruptedException {
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("etc"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, home.resolve("cache").toString());
        config.put("felix.log.level", "1");
        // The same File Install settings as the product: a watched etc/ for *.cfg files.
        config.put("felix.fileinstall.dir", home.resolve("etc").toString());
        config.put("felix.fileinstall.filter", ".*\\.cfg");
        config.put("felix.fileinstall.poll", "1000");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.enableConfigSave", "false");
        config.put("felix.fileinstall.log.level", "1");
        config.put("ds.loglevel", "warn");
        config.put(MODE, mode);
        config.put(PNG, png);
        config.put(DATA, home.resolve("data").toString());

        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"))
                .newFramework(config);
        framework.init();
        mark("framework initialised");
        boolean changed = synchronise(framework, bundleJars());
        framework.start();
        if (changed) {
            refresh(framework);
        }
        mark("framework started" + (changed ? " (bundles installed or updated)" : ""));
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            boolean fragment = revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            if (bundle.getBundleId() != 0 && !fragment) {
                bundle.start(Bundle.START_TRANSIENT);
            }
        }
        mark("bundles started");
        CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("webcare.bench.exit", Boolean.TRUE);
        framework.getBundleContext().registerService(IntConsumer.class, exitStatus::complete, properties);
        Thread watcher = new Thread(() -> {
            try {
                framework.waitForStop(0);
                exitStatus.complete(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "floor-framework-watch");
        watcher.setDaemon(true);
        watcher.start();

        int status = exitStatus.join();
        mark("exit asked");
        framework.stop();
        framework.waitForStop(STOP_TIMEOUT_MILLIS);
        mark("framework stopped");
        return status;
    }

    /** The jars of {@code floor.bundles}, in order, then this jar, which is the floor bundle. */
    private static List<Path> bundleJars() throws IOException {
        Path self;
        try {
            self = Path.of(FloorLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the floor jar", e);
        }
        Path root = self.getParent().getParent();
        List<Path> jars = new ArrayList<>();
        for (String entry : Files.readString(root.resolve("floor.bundles"), StandardCharsets.UTF_8).split(",")) {
            if (!entry.isBlank()) {
                jars.add(root.resolve(entry.strip()).normalize());
            }
        }
        jars.add(self);
        return jars;
    }

    /** As the product: install new locations, update jars newer than the cache, drop the rest. */
    private static boolean synchronise(Framework framework, List<Path> jars) throws IOException, BundleException {
        var context = framework.getBundleContext();
        Map<String, Path> wanted = new LinkedHashMap<>();
        for (Path jar : jars) {
            wanted.put(LOCATION_PREFIX + jar.toUri(), jar);
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

    private static void refresh(Framework framework) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(null, event -> done.countDown());
        done.await(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static final boolean TRACE = Boolean.getBoolean("webcare.bench.trace");
    /** Epoch nanoseconds when the caller started the process ({@code -Dwebcare.bench.t0=$(date +%s%N)}). */
    private static final long T0 = Long.getLong("webcare.bench.t0", 0L);

    /** With {@code -Dwebcare.bench.trace=true}: one line on stderr, milliseconds since {@link #T0}. */
    static void mark(String what) {
        if (TRACE) {
            Instant now = Instant.now();
            long millis = (now.getEpochSecond() * 1_000_000_000L + now.getNano() - T0) / 1_000_000;
            System.err.printf("floor %5d ms  %s%n", millis, what);
        }
    }
}
