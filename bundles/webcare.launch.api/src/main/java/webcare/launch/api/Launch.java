package webcare.launch.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How this process was started, registered as a service by the launcher before it starts the
 * product's bundles (so the window can open while the rest starts). The service carries the property {@value #MODE} with the
 * {@link Mode} name, so a component can wait for one mode only, e.g.
 * {@code @Reference(target = "(webcare.mode=HEADLESS)")}.
 *
 * <p>All methods are safe to call from any thread.
 */
@ProviderType
public interface Launch {

    /** Service property holding {@link Mode#name()}. */
    String MODE = "webcare.mode";

    /** What the user asked the process to do. */
    enum Mode {
        /** Open the workbench window; exit when it closes. */
        UI,
        /** Open the workbench, write a PNG of it to {@code arguments().get(0)}, exit. */
        SCREENSHOT,
        /** Run one command ({@code arguments()}: name then its arguments) without UI, exit. */
        HEADLESS,
        /** Interactive Gogo shell on the terminal. */
        SHELL
    }

    Mode mode();

    /** Arguments after the mode flag; never null, unmodifiable. */
    List<String> arguments();

    /** {@code $WEBCARE_HOME}: holds {@code data/}, {@code etc/}, {@code logs/}; exists. */
    Path home();

    /**
     * Completes once the launcher has started every bundle of the product, successfully or not;
     * by then every service the bundles register at start is there. Never completes exceptionally.
     */
    CompletionStage<Void> allStarted();

    /**
     * Bundles the launcher could not start, by bundle id, each with one line saying why (for
     * example the package it could not resolve). Empty when all started; unmodifiable.
     */
    Map<Long, String> startFailures();

    /** The product's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    String productVersion();

    /**
     * Asks the launcher to stop the framework and end the process with {@code status}
     * (0 ok, 1 failure or findings, 2 bad usage). Returns at once; only the first call counts.
     */
    void exit(int status);
}
