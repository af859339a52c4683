package webcare.ingest.scheduler;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletionException;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.WebcareCommand;
import webcare.ingest.api.Ingest;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;
import webcare.ingest.api.SyncResult;
import webcare.source.api.Source;

/** {@code sources} and {@code sync}: the configured source instances, and one pass over them. */
@Component(service = SourcesCommand.class)
@WebcareCommand(function = {"sources", "sync"})
public final class SourcesCommand {

    /** How long a headless command waits for File Install to bring up every configured instance. */
    static final Duration CONFIGURED_WAIT = Duration.ofSeconds(10);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Ingest ingest;

    @Activate
    public SourcesCommand(@Reference Ingest ingest) {
        this.ingest = ingest;
    }

    @Descriptor("list the configured source instances with their state, last sync and next poll")
    public void sources() throws InterruptedException {
        List<String> missing = ingest.awaitConfigured(CONFIGURED_WAIT);
        printSources(ingest.sources(), missing, ZoneId.systemDefault(), System.out);
    }

    @Descriptor("run one sync pass over every source instance and print what each stored")
    public void sync() throws InterruptedException {
        List<String> missing = ingest.awaitConfigured(CONFIGURED_WAIT);
        List<SyncResult> results;
        try {
            results = ingest.syncAll().toCompletableFuture().join();
        } catch (CompletionException e) {
            throw new CommandFailedException("sync failed: " + e.getCause().getMessage(), e.getCause());
        }
        printResults(results, missing, System.out);
    }

    static void printSources(List<SourceStatus> sources, List<String> missing, ZoneId zone, PrintStream out) {
        if (sources.isEmpty() && missing.isEmpty()) {
            out.println("No sources configured: add etc/webcare.source.<type>-<name>.cfg files (see README).");
            return;
        }
        for (SourceStatus source : sources) {
            String message = source.state() == SourceState.NEW && source.message().isEmpty() ? "not synced yet"
                    : source.message();
            out.printf("%s/%s  %s%s  last sync %s%s  next %s%n", source.type(), source.instance(), source.state(),
                    message.isEmpty() ? "" : " (" + message + ")", local(source.lastSync(), zone),
                    skipped(source.lastSkipped()), local(source.until(), zone));
        }
        missing.forEach(file -> out.println("etc/" + file + "  NOT RUNNING (" + whyNotRunning(file) + ")"));
    }

    static void printResults(List<SyncResult> results, List<String> missing, PrintStream out) {
        for (SyncResult result : results) {
            out.printf("%s/%s: %d page%s, %d new, %d edited, %d unchanged%s - %s%s%n", result.type(),
                    result.instance(), result.pages(), result.pages() == 1 ? "" : "s", result.added(), result.edited(),
                    result.unchanged(), skipped(result.skipped()), result.state(),
                    result.message().isEmpty() ? "" : ": " + result.message());
        }
        missing.forEach(file -> out.println("etc/" + file + ": not running (" + whyNotRunning(file) + ")"));
        out.flush();
        long failed = results.stream().filter(SyncResult::failed).count() + missing.size();
        if (failed > 0) {
            throw new CommandFailedException(failed + " of " + (results.size() + missing.size())
                    + " source instances failed");
        }
        if (results.isEmpty()) {
            out.println("No sources configured: add etc/webcare.source.<type>-<name>.cfg files (see README).");
        }
    }

    /**
     * {@code ", 3 skipped (no id)"}, or with several reasons {@code ", 5 skipped (3 no id, 2 no
     * created_time)"}; empty when nothing was skipped.
     */
    private static String skipped(Map<String, Integer> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        StringJoiner reasons = new StringJoiner(", ", " (", ")");
        skipped.forEach((reason, count) -> reasons.add(skipped.size() == 1 ? reason : count + " " + reason));
        return ", " + total + " skipped" + reasons;
    }

    /** Why a configured file has no running instance, as far as its name tells. */
    static String whyNotRunning(String file) {
        String base = file.substring(0, file.length() - ".cfg".length());
        if (base.indexOf('-') < 0) {
            return Source.unnamedFileProblem(base);
        }
        return "its connector bundle is missing or a setting is rejected: see './webcare --headless bundles'";
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "-" : LOCAL.format(instant.atZone(zone));
    }
}
