package webcare.ingest.scheduler;

import java.io.IOException;
import java.math.BigDecimal;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import webcare.ingest.api.Ingest;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;
import webcare.ingest.api.SyncResult;
import webcare.launch.api.Launch;
import webcare.source.api.Source;
import webcare.store.api.CursorRepository;
import webcare.store.api.LeaseRepository;
import webcare.store.api.MentionRepository;
import webcare.store.api.SourceStateRepository;
import webcare.store.api.Store;
import webcare.store.api.Workbench;

/**
 * Polls every {@link Source} service on its interval. Each pass runs on a thread of its own, so a
 * slow, hanging or failing connector holds up only itself; each fetch has a deadline after which
 * its thread is interrupted. Transient failures are retried with growing, jittered delays (or when
 * the platform says), rate limits are waited out, and a refused token or a bad setting stops the
 * instance until its configuration changes (which brings a new service). The status after each
 * pass is saved ({@link SavedStatuses}); an instance that comes up with the configuration it had
 * goes on from there (a refused token stays refused across a restart), one whose configuration
 * changed starts as {@link SourceState#NEW}. Only the window and the shell poll by themselves; in
 * headless mode the {@code sync} command drives passes, and a screenshot shows the sources as they
 * are.
 *
 * <p>Several workbenches on one database poll each instance from one of them ({@link SourceLeases}):
 * the others show it as {@link SourceState#POLLED_ELSEWHERE} and ask again every
 * {@link SourceLeases#checkEvery()}; the holder renews its leases as often, gives up the lease of an
 * instance it stops polling (a refused token, a bad setting, gone) and all of them when it closes.
 */
@Component(service = Ingest.class, immediate = true)
public final class IngestScheduler implements Ingest {

    /** Factory PIDs of connectors are this prefix plus the source type. */
    static final String PID_PREFIX = "webcare.source.";
    static final Duration FETCH_DEADLINE = Duration.ofMinutes(2);
    private static final Logger LOG = System.getLogger(IngestScheduler.class.getName());

    private final SyncPass pass;
    private final SavedStatuses statuses;
    private final SourceLeases leases;
    private final Clock clock;
    private final boolean autoPoll;
    private final Path etc;
    private final Duration fetchDeadline;
    private final Backoff backoff = new Backoff(new Random());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            daemon("webcare-ingest-timer"));
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("webcare-sync"));
    /** Renews the held leases: a thread of its own, so that a slow database holds up no fetch deadline. */
    private final ScheduledExecutorService leaseTimer = Executors.newSingleThreadScheduledExecutor(
            daemon("webcare-ingest-leases"));
    /** Guarded by itself; notified when an instance arrives. */
    private final Map<String, Runner> runners = new LinkedHashMap<>();

    @Activate
    public IngestScheduler(@Reference Store store, @Reference MentionRepository mentions,
            @Reference CursorRepository cursors, @Reference SourceStateRepository states,
            @Reference LeaseRepository leases, @Reference Launch launch) {
        this(store, mentions, cursors, new SavedStatuses(store, states, Clock.systemUTC()),
                new SourceLeases(store, leases, Workbench.current(), Clock.systemUTC(), SourceLeases.TTL),
                launch.mode() == Launch.Mode.UI || launch.mode() == Launch.Mode.SHELL, launch.home().resolve("etc"));
    }

    private IngestScheduler(Store store, MentionRepository mentions, CursorRepository cursors, SavedStatuses statuses,
            SourceLeases leases, boolean autoPoll, Path etc) {
        this(new SyncPass(store, mentions, cursors, Clock.systemUTC(), Sleeper.THREAD, leases), statuses, leases,
                Clock.systemUTC(), autoPoll, etc, FETCH_DEADLINE);
    }

    IngestScheduler(SyncPass pass, SavedStatuses statuses, SourceLeases leases, Clock clock, boolean autoPoll,
            Path etc, Duration fetchDeadline) {
        this.pass = pass;
        this.statuses = statuses;
        this.leases = leases;
        this.clock = clock;
        this.autoPoll = autoPoll;
        this.etc = etc;
        this.fetchDeadline = fetchDeadline;
        long renewEvery = leases.checkEvery().toMillis();
        leaseTimer.scheduleWithFixedDelay(leases::renewHeld, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** {@code properties}: the service's, which carry its configuration's (for the fingerprint). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(Source source, Map<String, Object> properties) {
        Runner runner = new Runner(source, ConfigFingerprint.of(properties));
        Runner replaced;
        synchronized (runners) {
            replaced = runners.put(runner.key, runner);
            runners.notifyAll();
        }
        if (replaced != null) {
            replaced.stop();
        }
        runner.restore();
    }

    void removeSource(Source source) {
        Runner gone;
        synchronized (runners) {
            String key = key(source.type(), source.instance());
            gone = runners.get(key);
            if (gone == null || gone.source != source) {
                return;
            }
            runners.remove(key);
        }
        // after its pass, which may be taking the lease just now
        gone.stop().whenCompleteAsync((result, failure) -> leases.release(source.type(), source.instance()), workers);
    }

    @Deactivate
    void deactivate() {
        List<Runner> all;
        synchronized (runners) {
            all = new ArrayList<>(runners.values());
            runners.clear();
        }
        all.forEach(Runner::stop);
        leaseTimer.shutdownNow();
        leases.releaseAll(); // so that another workbench takes over at once, not once they run out
        timer.shutdownNow();
        workers.shutdownNow();
    }

    @Override
    public List<SourceStatus> sources() {
        synchronized (runners) {
            return runners.values().stream().map(runner -> runner.status)
                    .sorted(Comparator.comparing(SourceStatus::type).thenComparing(SourceStatus::instance))
                    .toList();
        }
    }

    @Override
    public CompletionStage<SyncResult> syncNow(String type, String instance) {
        Runner runner;
        synchronized (runners) {
            runner = runners.get(key(type, instance));
        }
        if (runner == null) {
            return CompletableFuture.completedFuture(new SyncResult(type, instance, 0, 0, 0, 0, Map.of(),
                    SourceState.STOPPED, "no such source instance is running"));
        }
        return runner.start();
    }

    @Override
    public CompletionStage<List<SyncResult>> syncAll() {
        List<CompletableFuture<SyncResult>> passes;
        synchronized (runners) {
            passes = runners.values().stream().map(runner -> runner.start().toCompletableFuture()).toList();
        }
        return CompletableFuture.allOf(passes.toArray(CompletableFuture[]::new))
                .thenApply(done -> passes.stream().map(CompletableFuture::join).toList());
    }

    @Override
    public List<String> awaitConfigured(Duration timeout) throws InterruptedException {
        Map<String, String> expected = configuredInstances();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> missing;
        List<Runner> running;
        synchronized (runners) {
            while (true) {
                missing = expected.entrySet().stream()
                        .filter(entry -> !runners.containsKey(entry.getKey()))
                        .map(Map.Entry::getValue)
                        .sorted()
                        .toList();
                long left = deadline - System.nanoTime();
                if (missing.isEmpty() || left <= 0) {
                    running = new ArrayList<>(runners.values());
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(runners, left);
            }
        }
        for (Runner runner : running) {
            if (!runner.restoring.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                break; // out of time: the instances not yet restored show as new
            }
        }
        return missing;
    }

    /**
     * type/instance → file name, for every {@code etc/webcare.source.<type>-<instance>.cfg} (and a
     * {@code etc/webcare.source.<type>.cfg} that lacks the instance name).
     */
    private Map<String, String> configuredInstances() {
        Map<String, String> expected = new LinkedHashMap<>();
        if (!Files.isDirectory(etc)) {
            return expected;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(etc, PID_PREFIX + "*.cfg")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String base = name.substring(0, name.length() - ".cfg".length());
                int dash = base.indexOf('-');
                // A file without an instance name still comes up (and is refused, with the reason):
                // it is named after its PID then, see webcare.source.http's InstanceConfig.
                String pid = dash < 0 ? base : base.substring(0, dash);
                String instance = dash < 0 ? base : base.substring(dash + 1);
                expected.put(key(pid.substring(PID_PREFIX.length()), instance), name);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list " + etc + ": " + e.getMessage());
        }
        return expected;
    }

    private static String key(String type, String instance) {
        return type + "/" + instance;
    }

    /** One instance: its status, its planned poll, and the pass running now (at most one). */
    private final class Runner {
        final Source source;
        final String key;
        /** Identifies the configuration this runner's source came with. */
        final String fingerprint;
        /** Opens once the saved status has been read (or found missing) and the first poll planned; passes wait. */
        final CountDownLatch restoring = new CountDownLatch(1);
        volatile SourceStatus status;
        private ScheduledFuture<?> planned;
        private CompletableFuture<SyncResult> running;
        private Future<?> task;
        private int failures;
        private boolean stopped;

        Runner(Source source, String fingerprint) {
            this.source = source;
            this.key = key(source.type(), source.instance());
            this.fingerprint = fingerprint;
            this.status = source.settingsProblem()
                    .map(bad -> new SourceStatus(source.type(), source.instance(), SourceState.BAD_CONFIGURATION,
                            SyncPass.describe(bad), null, null, 0, Map.of()))
                    .orElseGet(() -> new SourceStatus(source.type(), source.instance(), SourceState.NEW, "", null,
                            null, 0, Map.of()));
        }

        /**
         * Reads the status saved for this configuration on a worker thread, then, when polling by
         * itself, plans the first pass by it: at once, at the end of a rate limit or backoff, or (a
         * refused token, a bad setting) not until the configuration changes.
         */
        void restore() {
            workers.execute(() -> {
                try {
                    // A bad setting is known without any pass: what was saved for the file matters less.
                    Optional<SourceStatus> saved = status.state() == SourceState.BAD_CONFIGURATION ? Optional.empty()
                            : statuses.restore(source.type(), source.instance(), fingerprint);
                    Duration firstPoll;
                    synchronized (this) {
                        saved.ifPresent(restored -> status = running == null ? restored
                                : new SourceStatus(restored.type(), restored.instance(), SourceState.SYNCING, "", null,
                                        restored.lastSync(), restored.lastAdded(), restored.lastSkipped()));
                        // a pass under way already plans the next one when it ends
                        firstPoll = running == null ? firstPoll(clock.instant()) : null;
                    }
                    if (autoPoll && firstPoll != null) {
                        scheduleIn(firstPoll);
                    }
                } finally {
                    restoring.countDown();
                }
            });
        }

        private Duration firstPoll(Instant now) {
            return switch (status.state()) {
                case AUTH_FAILED, BAD_CONFIGURATION, STOPPED -> null;
                case RATE_LIMITED, ERROR -> status.until() == null || status.until().isBefore(now) ? Duration.ZERO
                        : Duration.between(now, status.until());
                case NEW, OK, SYNCING, POLLED_ELSEWHERE -> Duration.ZERO;
            };
        }

        synchronized void scheduleIn(Duration delay) {
            if (stopped) {
                return;
            }
            if (planned != null) {
                planned.cancel(false);
            }
            planned = timer.schedule(this::start, delay.toMillis(), TimeUnit.MILLISECONDS);
            status = with(status.state(), status.message(), clock.instant().plus(delay));
        }

        /** Starts a pass, or joins the one running. */
        synchronized CompletableFuture<SyncResult> start() {
            if (running != null) {
                return running;
            }
            CompletableFuture<SyncResult> result = new CompletableFuture<>();
            running = result;
            if (stopped) {
                finish(new SyncPass.Ended(new SyncResult(source.type(), source.instance(), 0, 0, 0, 0, Map.of(),
                        SourceState.STOPPED, "stopped"), null));
                return result;
            }
            status = with(SourceState.SYNCING, "", null);
            task = workers.submit(() -> {
                SyncPass.Ended ended;
                try {
                    restoring.await(); // a pass goes on from the saved status, never the other way round
                    ended = pass.run(new DeadlineSource(source, timer, fetchDeadline));
                } catch (InterruptedException e) {
                    ended = new SyncPass.Ended(new SyncResult(source.type(), source.instance(), 0, 0, 0, 0, Map.of(),
                            stopped ? SourceState.STOPPED : SourceState.ERROR,
                            stopped ? "stopped" : source.type() + " did not answer within "
                                    + BigDecimal.valueOf(fetchDeadline.toMillis()).movePointLeft(3)
                                            .stripTrailingZeros().toPlainString() + " s"), null);
                }
                finish(ended);
            });
            return result;
        }

        /** Takes the pass's outcome as the status, saves it (unless the runner was stopped) and plans the next pass. */
        private synchronized void finish(SyncPass.Ended ended) {
            SyncResult result = ended.result();
            Instant now = clock.instant();
            Duration next = switch (result.state()) {
                case OK -> {
                    failures = 0;
                    yield source.pollInterval();
                }
                case RATE_LIMITED -> Duration.between(now, ended.retryAt()).plusSeconds(1);
                case POLLED_ELSEWHERE -> leases.checkEvery();
                case ERROR -> {
                    failures++;
                    Duration wait = backoff.after(failures);
                    yield ended.retryAt() != null && ended.retryAt().isAfter(now.plus(wait))
                            ? Duration.between(now, ended.retryAt()) : wait;
                }
                default -> null; // refused token, bad setting, stopped: wait for a new configuration
            };
            boolean ok = result.state() == SourceState.OK;
            status = new SourceStatus(source.type(), source.instance(), result.state(), result.message(),
                    next == null ? null : now.plus(next), ok ? now : status.lastSync(),
                    ok ? result.added() : status.lastAdded(), ok ? result.skipped() : status.lastSkipped());
            if (result.failed()) {
                LOG.log(Level.WARNING, "{0}: {1}: {2}", key, result.state(), result.message());
            }
            // The saved status is the holder's: another workbench's check must not overwrite it.
            if (result.state() != SourceState.STOPPED && result.state() != SourceState.POLLED_ELSEWHERE) {
                // before the result completes: a headless sync exits right after
                statuses.save(status, fingerprint);
            }
            if (next == null && !stopped) {
                // a refused token or a bad setting: another workbench may poll it as configured there
                leases.release(source.type(), source.instance());
            }
            CompletableFuture<SyncResult> done = running;
            running = null;
            task = null;
            if (autoPoll && next != null && !stopped) {
                planned = timer.schedule(this::start, Math.max(0, next.toMillis()), TimeUnit.MILLISECONDS);
            }
            done.complete(result);
        }

        /** Stops polling; returns the pass being stopped, or a completed future when none runs. */
        synchronized CompletableFuture<SyncResult> stop() {
            stopped = true;
            if (planned != null) {
                planned.cancel(false);
            }
            if (task != null) {
                task.cancel(true); // interrupts the fetch; the pass ends as stopped
            }
            status = with(SourceState.STOPPED, "", null);
            return running != null ? running : CompletableFuture.completedFuture(null);
        }

        private SourceStatus with(SourceState state, String message, Instant until) {
            return new SourceStatus(source.type(), source.instance(), state, message, until, status.lastSync(),
                    status.lastAdded(), status.lastSkipped());
        }
    }
}
