package webcare.launch.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import webcare.launch.api.Launch;

/**
 * What a component built by hand (a store, in a test or a bench) needs of the launch: where home
 * is, and a product version to record. A headless run with no arguments, all bundles started;
 * {@link #exit} is refused, since nothing built by hand may end the process.
 */
public record HomeLaunch(Path home, String productVersion) implements Launch {

    /** The version a test's launch reports. */
    public static final String TEST_VERSION = "9.9.9-test";

    /** A test's launch: {@code home}, version {@value #TEST_VERSION}. */
    public HomeLaunch(Path home) {
        this(home, TEST_VERSION);
    }

    @Override
    public Mode mode() {
        return Mode.HEADLESS;
    }

    @Override
    public List<String> arguments() {
        return List.of();
    }

    @Override
    public CompletionStage<Void> allStarted() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Map<Long, String> startFailures() {
        return Map.of();
    }

    @Override
    public void exit(int status) {
        throw new UnsupportedOperationException("a launch built by hand cannot end the process");
    }
}
