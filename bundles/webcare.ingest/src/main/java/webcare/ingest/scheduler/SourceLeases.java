package webcare.ingest.scheduler;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import webcare.store.api.LeaseRepository;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.Workbench;

/**
 * This workbench's leases on source instances: several workbenches on one database poll each
 * instance from one of them only. A pass takes (or renews) its instance's lease first and is not
 * run while another workbench holds it; {@link #renewHeld} keeps the held ones, every
 * {@link #checkEvery()}, for as long as this workbench runs; closing gives them up. A workbench that
 * dies stops renewing, its leases run out after {@code ttl}, and the others, checking every
 * {@link #checkEvery()}, take over within {@code ttl} plus that. On the embedded database there is
 * only ever this workbench, which gets every lease at once, also after a crash (see
 * {@link Workbench#outlives}).
 */
final class SourceLeases {

    /**
     * How long a lease lasts unless renewed: a third of it between renewals leaves two missed ones
     * to spare, and a takeover within a minute of a crash (45 s + 15 s).
     */
    static final Duration TTL = Duration.ofSeconds(45);
    private static final Logger LOG = System.getLogger(SourceLeases.class.getName());

    /** One source instance. */
    private record Instance(String type, String instance) {
        @Override
        public String toString() {
            return type + "/" + instance;
        }
    }

    private final Store store;
    private final LeaseRepository leases;
    private final Workbench self;
    private final String holder;
    private final Clock clock;
    private final Duration ttl;
    /** Who held each instance's lease when this workbench last asked: itself or another. */
    private final Map<Instance, String> holders = new ConcurrentHashMap<>();

    SourceLeases(Store store, LeaseRepository leases, Workbench self, Clock clock, Duration ttl) {
        this.store = store;
        this.leases = leases;
        this.self = self;
        this.holder = self.toString();
        this.clock = clock;
        this.ttl = ttl;
    }

    /** How often held leases are renewed and others' are asked for again. */
    Duration checkEvery() {
        return ttl.dividedBy(3);
    }

    /**
     * Takes or renews the lease on an instance for this workbench; returns empty when this
     * workbench holds it now, else the workbench that does.
     */
    Optional<String> take(String type, String instance) throws StoreException {
        Instant now = clock.instant();
        String polledBy = store.inTransaction(tx -> leases.take(tx, type, instance, self, now, ttl)).orElse(holder);
        String before = holders.put(new Instance(type, instance), polledBy);
        if (!polledBy.equals(before)) {
            if (!polledBy.equals(holder)) {
                LOG.log(Level.INFO, "{0}/{1}: polled by {2}; this workbench ({3}) asks again every {4} s", type,
                        instance, polledBy, holder, Long.toString(checkEvery().toSeconds()));
            } else if (before != null) {
                LOG.log(Level.INFO, "{0}/{1}: this workbench ({2}) polls it now, after {3}", type, instance, holder,
                        before);
            }
        }
        return polledBy.equals(holder) ? Optional.empty() : Optional.of(polledBy);
    }

    /**
     * Renews every lease this workbench holds, in one unit of work. A lease found taken by another
     * (this workbench stood still longer than the lease lasts) is let go; its next pass asks again.
     * Never at the same time as a release, which it would undo.
     */
    synchronized void renewHeld() {
        List<Instance> held = held();
        if (held.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        try {
            List<Instance> lost = store.inTransaction(tx -> {
                List<Instance> taken = new ArrayList<>();
                for (Instance each : held) {
                    if (!leases.acquire(tx, each.type(), each.instance(), holder, now, ttl)) {
                        taken.add(each);
                    }
                }
                return taken;
            });
            for (Instance each : lost) {
                holders.remove(each, holder);
                LOG.log(Level.WARNING, "{0}: another workbench took over polling it while this one ({1}) did not "
                        + "renew its lease", each, holder);
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "The source leases of this workbench ({0}) cannot be renewed, so they run out "
                    + "within {1} s unless the database answers again: {2}", holder, Long.toString(ttl.toSeconds()),
                    e.getMessage());
        }
    }

    /** Gives up the lease on an instance, if this workbench holds it: another may poll it at once. */
    synchronized void release(String type, String instance) {
        Instance gone = new Instance(type, instance);
        if (holders.remove(gone, holder)) {
            release(List.of(gone));
        }
    }

    /** Gives up every lease this workbench holds (it closes). */
    synchronized void releaseAll() {
        List<Instance> held = held();
        held.forEach(each -> holders.remove(each, holder));
        release(held);
    }

    private void release(List<Instance> instances) {
        if (instances.isEmpty()) {
            return;
        }
        try {
            store.inTransaction(tx -> {
                for (Instance each : instances) {
                    leases.release(tx, each.type(), each.instance(), holder);
                }
                return null;
            });
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "The source leases of this workbench ({0}) cannot be given up, so others take "
                    + "over when they run out, within {1} s: {2}", holder, Long.toString(ttl.toSeconds()),
                    e.getMessage());
        }
    }

    private List<Instance> held() {
        return holders.entrySet().stream().filter(entry -> entry.getValue().equals(holder)).map(Map.Entry::getKey)
                .toList();
    }
}
