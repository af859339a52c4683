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
import webcare.store.api.StoreException;

/**
 * Triages newly stored mentions in the background, after each sync or import, on one low-priority
 * thread of its own so that ingestion and the window never wait for it: it looks every few
 * seconds, and at once when a command asks ({@link #triageWaiting()}).
 */
@Component(service = BackgroundTriage.class, immediate = true)
public final class BackgroundTriage {

    private static final System.Logger LOG = System.getLogger(BackgroundTriage.class.getName());
    /** Seconds between looks for new mentions; the first look waits as long, after start-up. */
    private static final long EVERY_SECONDS = 5;

    private final ComponentServiceObjects<TriageBatches> batches;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "webcare-triage");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private TriageBatches running; // only touched on the worker thread

    @Activate
    public BackgroundTriage(@Reference ComponentServiceObjects<TriageBatches> batches) {
        this.batches = batches;
        worker.scheduleWithFixedDelay(this::quietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
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
            return worker.submit(() -> batches().all()).get();
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
            batches().all();
        } catch (StoreException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Triage of new mentions failed; it is tried again: " + e.getMessage(), e);
        }
    }
}
