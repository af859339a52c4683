package webcare.incident.watch;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import webcare.incident.api.Detector;
import webcare.incident.api.DetectorFactory;
import webcare.incident.api.Observation;
import webcare.incident.api.Signal;
import webcare.launch.api.Launch;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.SignalRepository;
import webcare.store.api.SignalRepository.StoredSignal;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * Runs the crisis detector over the stored stream while the window is open. First it replays the
 * last days of triaged items in time order, so the detector knows the stream's rhythm (and finds
 * the rises in them); then, every minute, it takes the items triaged since and moves the
 * detector's clock to now. Every signal is stored once ({@link SignalRepository}), for the
 * dashboard to show and open an incident from. It starts a while after the window, so it never
 * slows the start; headless commands do not run it.
 */
@Component(service = {}, immediate = true)
public final class StreamWatch {

    private static final Logger LOG = System.getLogger(StreamWatch.class.getName());
    /** Days replayed before watching live, beyond the detector's learning hours: a week's rhythm. */
    static final Duration HISTORY = Duration.ofDays(8);
    static final int PAGE = 10_000;
    private static final long START_AFTER_SECONDS = 10;
    private static final long EVERY_SECONDS = 60;

    private final Store store;
    private final InboxRepository inbox;
    private final SignalRepository signals;
    private final DetectorFactory detectors;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "webcare-stream-watch");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    // only touched on the worker thread
    private Detector detector;
    private long seen;

    @Activate
    public StreamWatch(@Reference(target = "(" + Launch.MODE + "=UI)") Launch launch, @Reference Store store,
            @Reference InboxRepository inbox, @Reference SignalRepository signals, @Reference DetectorFactory detectors) {
        this(store, inbox, signals, detectors, Clock.systemUTC());
        worker.scheduleWithFixedDelay(this::quietly, START_AFTER_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    StreamWatch(Store store, InboxRepository inbox, SignalRepository signals, DetectorFactory detectors, Clock clock) {
        this.store = store;
        this.inbox = inbox;
        this.signals = signals;
        this.detectors = detectors;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    /**
     * One turn: on the first, the history replayed; then what was triaged since, and the clock
     * moved to now. Returns how many new signals were stored.
     */
    int watch() throws StoreException {
        Instant now = clock.instant();
        List<Signal> raised = new ArrayList<>();
        if (detector == null) {
            detector = detectors.create(detectors.settings());
            raised.addAll(replay(now.minus(HISTORY).minus(Duration.ofHours(detectors.settings().learningHours())), now));
        }
        for (List<Row> page = after(); !page.isEmpty(); page = after()) {
            for (Row row : page) {
                detector.accept(observation(row));
                seen = Math.max(seen, row.mentionId());
            }
        }
        raised.addAll(detector.advanceTo(now));
        return store(raised);
    }

    /** The triaged items in [{@code from}, {@code to}) in time order, each after moving the clock to its time. */
    private List<Signal> replay(Instant from, Instant to) throws StoreException {
        List<Signal> raised = new ArrayList<>();
        Instant afterCreated = null;
        long afterId = 0;
        while (true) {
            Instant pageAfter = afterCreated;
            long pageAfterId = afterId;
            List<Row> page = store.inTransaction(tx -> inbox.writtenBetween(tx, from, to, pageAfter, pageAfterId, PAGE));
            for (Row row : page) {
                raised.addAll(detector.advanceTo(row.created()));
                detector.accept(observation(row));
                seen = Math.max(seen, row.mentionId());
            }
            if (page.size() < PAGE) {
                return raised;
            }
            afterCreated = page.get(page.size() - 1).created();
            afterId = page.get(page.size() - 1).mentionId();
        }
    }

    private List<Row> after() throws StoreException {
        long from = seen;
        return store.inTransaction(tx -> inbox.triagedAfter(tx, from, PAGE));
    }

    private static Observation observation(Row row) {
        return new Observation(row.created(), row.source(), String.valueOf(row.mentionId()),
                "NEGATIVE".equals(row.polarity()), row.author(), row.followers() == null ? 0 : row.followers(),
                row.excerpt());
    }

    private int store(List<Signal> raised) throws StoreException {
        if (raised.isEmpty()) {
            return 0;
        }
        return store.inTransaction(tx -> {
            int added = 0;
            for (Signal signal : raised) {
                added += signals.add(tx, stored(signal)).isPresent() ? 1 : 0;
            }
            return added;
        });
    }

    /** The signal as the store keeps it: its examples ("twitter:123") as mention ids. */
    static StoredSignal stored(Signal signal) {
        List<Long> examples = signal.examples().stream().map(example -> example.substring(example.lastIndexOf(':') + 1))
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
        return new StoredSignal(0, signal.detected(), signal.onset(), signal.source(), signal.metric().name(),
                signal.observed(), signal.expected(), signal.score(), signal.terms(), signal.authors(), examples,
                Optional.empty());
    }

    private void quietly() {
        try {
            int added = watch();
            if (added > 0) {
                LOG.log(Level.INFO, "Crisis detection: {0} new signal(s)", added);
            }
        } catch (StoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "Watching the stream failed; it is tried again in a minute: " + e.getMessage(), e);
        }
    }
}
