package webcare.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.osgi.framework.BundleException;

/**
 * {@code webcare [--headless COMMAND … | --screenshot FILE.png | --shell]}: exit 0 ok, 1 failure
 * or findings, 2 bad usage.
 */
public final class Main {

    private static final int LOG_FILE_BYTES = 5 * 1024 * 1024;
    private static final int LOG_FILES = 5;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream err) {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args), environment, Path.of(System.getProperty("user.home")));
        } catch (Options.BadUsage e) {
            err.println("webcare: " + e.getMessage());
            return 2;
        }
        if (options.wantsWindow() && isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            err.println("webcare: no display to open a window on (DISPLAY is not set); "
                    + "use 'xvfb-run ./webcare', or './webcare --headless COMMAND' to work without a window");
            return 1;
        }
        try {
            logToFiles(options.home().resolve("logs"));
            Launcher launcher = new Launcher(options, new Distribution(distributionRoot()));
            // A termination signal (logout, shutdown, kill) stops the bundles as Quit does, so the
            // database is closed cleanly instead of being recovered on the next start.
            Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "webcare-shutdown"));
            try {
                launcher.start();
            } catch (IOException | BundleException | RuntimeException e) {
                launcher.close();
                throw e;
            }
            return launcher.awaitExit();
        } catch (IOException | BundleException | RuntimeException e) {
            err.println("webcare: cannot start: " + e.getMessage());
            return 1;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Java's own logging, into rotating files: 5 files of 5 MB under {@code $WEBCARE_HOME/logs}. */
    static void logToFiles(Path logs) throws IOException {
        Files.createDirectories(logs);
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Handler file = new FileHandler(logs.resolve("webcare.%g.log").toString(), LOG_FILE_BYTES, LOG_FILES, true);
        file.setFormatter(new SimpleFormatter());
        file.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(file);
    }

    /** The distribution folder: {@code -Dwebcare.dist}, else the parent of {@code lib/} holding this jar. */
    static Path distributionRoot() {
        String configured = System.getProperty("webcare.dist");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the distribution", e);
        }
    }

    static String productVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
