package webcare.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import webcare.launch.api.Launch;

/** What the store needs of the launch when a bench builds it by hand: where home is. */
public record BenchLaunch(Path home) implements Launch {

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
    public String productVersion() {
        return "bench";
    }

    @Override
    public void exit(int status) {
        System.exit(status);
    }
}
