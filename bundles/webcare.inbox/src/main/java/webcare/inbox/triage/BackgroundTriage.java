package webcare.inbox.triage;

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
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * Triages newly stored mentions in the background, after each sync or import, on one low-priority
 * thread of its own so that ingestion and the window never wait for it: in the window and the
 * shell it looks every few seconds; a headless command (one import, one export) is left to run
 * alone, and {@code inbox} asks at once ({@link #triageWaiting()}). Stopping never interrupts a
 * batch: an interrupt inside H2's file I/O would close the database file under it.
 */
@Component(service = BackgroundTriage.class, immediate = true)
public final class BackgroundTriage {

    private static final System.Logger LOG = System.getLogger(BackgroundTriage.class.getName());
    /** Seconds between looks for new mentions; the first look waits as long, after start-up. */
    private static final long EVERY_SECONDS = 5;
    /** How long stopping waits for a batch under way (a batch takes a few seconds). */
    private static final long STOP_WAIT_SECONDS = 30;

    private final ComponentServiceObjects<TriageBatches> batches;
    private final Store store;
    private final InboxRepository inbox;
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
            @Reference Store store, @Reference InboxRepository inbox) {
        this.batches = batches;
        this.store = store;
        this.inbox = inbox;
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
    }

    /** Triages everything waiting now, on the triage thread; returns how many. */
    public long triageWaiting() throws StoreException {
        try {
            return worker.submit(() -> batches().all(() -> !stopping)).get();
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
            batches().all(() -> !stopping);
        } catch (StoreException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Triage of new mentions failed; it is tried again: " + e.getMessage(), e);
        }
    }
}
