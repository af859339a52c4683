package webcare.inbox.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import webcare.launch.api.Launch;
import webcare.store.api.InboxRepository;
import webcare.store.api.LeaseRepository;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.Workbench;

/**
 * Triages newly stored mentions in the background, after each sync or import, on one low-priority
 * thread of its own so that ingestion and the window never wait for it: in the window and the
 * shell it looks every few seconds; a headless command (one import, one export) is left to run
 * alone, and {@code inbox} asks at once ({@link #triageWaiting()}). Stopping never interrupts a
 * batch: an interrupt inside H2's file I/O would close the database file under it. On a team's
 * database one workbench triages at a time, under a lease renewed with every batch: two would take
 * the same new mentions, and one's batch would fail on the other's.
 */
@Component(service = BackgroundTriage.class, immediate = true)
public final class BackgroundTriage {

    private static final System.Logger LOG = System.getLogger(BackgroundTriage.class.getName());
    /** Seconds between looks for new mentions; the first look waits as long, after start-up. */
    private static final long EVERY_SECONDS = 5;
    /** How long stopping waits for a batch under way (a batch takes a few seconds). */
    private static final long STOP_WAIT_SECONDS = 30;
    /** The lease of the triage, one for the whole database; renewed by each batch (a batch takes seconds). */
    private static final String LEASE_TYPE = "triage";
    private static final String LEASE_NAME = "new-mentions";
    private static final Duration LEASE = Duration.ofSeconds(45);

    private final ComponentServiceObjects<TriageBatches> batches;
    private final Store store;
    private final InboxRepository inbox;
    private final LeaseRepository leases;
    private final Workbench self = Workbench.current();
    /** Who triaged when this workbench last asked for the lease (null: this one): said once per change. */
    private volatile String triagedBy;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "webcare-triage");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private TriageBatches running; // only touched on the worker thread
    private volatile boolean stopping;

    @Activate
    public BackgroundTriage(@Reference ComponentServiceObjects<TriageBatches> batches, @Reference Launch launch,
            @Reference Store store, @Reference InboxRepository inbox, @Reference LeaseRepository leases) {
        this.batches = batches;
        this.store = store;
        this.inbox = inbox;
        this.leases = leases;
        if (launch.mode() != Launch.Mode.HEADLESS) {
            worker.scheduleWithFixedDelay(this::quietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void stop() {
        stopping = true; // the run under way ends after its batch
        worker.shutdown(); // no interrupt: the batch under way ends (or rolls back) by itself
        try {
            worker.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running != null) {
            batches.ungetService(running);
        }
        try {
            store.inTransaction(tx -> {
                leases.release(tx, LEASE_TYPE, LEASE_NAME, self.toString());
                return null;
            });
        } catch (StoreException | RuntimeException e) {
            // it runs out by itself within LEASE
        }
    }

    /**
     * Whether this workbench triages now: it takes or renews the triage's lease; another workbench
     * holding it triages instead (said once per change).
     */
    private boolean triagesHere() {
        Optional<String> other;
        try {
            other = store.inTransaction(tx -> leases.take(tx, LEASE_TYPE, LEASE_NAME, self, Instant.now(), LEASE));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "The triage's lease cannot be taken: " + e.getMessage());
            return false;
        }
        String by = other.orElse(null);
        if (by != null && !by.equals(triagedBy)) {
            LOG.log(System.Logger.Level.INFO, "New mentions are triaged by {0}; this workbench ({1}) leaves them to it",
                    by, self);
        }
        triagedBy = by;
        return other.isEmpty();
    }

    /** Triages everything waiting now, on the triage thread; returns how many. */
    public long triageWaiting() throws StoreException {
        try {
            return worker.submit(() -> triagesHere() ? batches().all(() -> !stopping && triagesHere()) : 0L).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while triaging", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("triage failed: " + e.getCause(), e.getCause());
        }
    }

    private TriageBatches batches() {
        if (running == null) {
            running = batches.getService();
        }
        return running;
    }

    private void quietly() {
        try {
            if (running == null && store.inTransaction(tx -> inbox.untriaged(tx, 1)).isEmpty()) {
                return; // nothing yet: the analysers (lexicons, models) stay unloaded
            }
            if (triagesHere()) {
                batches().all(() -> !stopping && triagesHere());
            }
        } catch (StoreException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Triage of new mentions failed; it is tried again: " + e.getMessage(), e);
        }
    }
}
