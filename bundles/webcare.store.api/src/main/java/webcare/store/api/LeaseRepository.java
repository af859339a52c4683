package webcare.store.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Leases, so that several workbenches on one database do a piece of work from one workbench only:
 * each source instance is polled by one (its rate limits are spent once and nothing is fetched
 * twice), and new mentions are triaged by one. A lease has a
 * holder (a workbench, named for people) and an expiry; the holder renews it while it runs, and a
 * lease its holder stopped renewing (the workbench died) is free once it expires.
 */
@ProviderType
public interface LeaseRepository {

    /** Who holds an instance's lease, and until when unless renewed. */
    record Lease(String holder, Instant expires) {}

    /** Longest holder name kept, in characters (the column's length). */
    int MAX_HOLDER = 200;

    /**
     * Takes the lease on an instance for {@code holder} until {@code now + ttl} when it is free,
     * expired or already {@code holder}'s (then this renews it). Safe when several units of work
     * ask at once: one of them gets it, the others are refused and their unit of work stays usable.
     *
     * @return whether {@code holder} holds the lease now
     * @throws IllegalArgumentException when {@code holder} is longer than {@link #MAX_HOLDER}
     */
    boolean acquire(Transaction tx, String type, String instance, String holder, Instant now, Duration ttl)
            throws StoreException;

    /**
     * {@link #acquire} for {@code self}, also taking over a lease left by an ended earlier workbench
     * of the same user on the same computer (it crashed: its leases need not run out first).
     *
     * @return empty when {@code self} holds the lease now; else who does
     */
    default Optional<String> take(Transaction tx, String type, String instance, Workbench self, Instant now,
            Duration ttl) throws StoreException {
        String holder = self.toString();
        if (acquire(tx, type, instance, holder, now, ttl)) {
            return Optional.empty();
        }
        Optional<String> other = holder(tx, type, instance).map(Lease::holder);
        if (other.isPresent() && self.outlives(other.get())) {
            release(tx, type, instance, other.get());
            if (acquire(tx, type, instance, holder, now, ttl)) {
                return Optional.empty();
            }
            other = holder(tx, type, instance).map(Lease::holder);
        }
        // empty: given up between the statements, so free at the next try
        return Optional.of(other.orElse("another workbench"));
    }

    /** Gives up the lease on an instance if {@code holder} holds it; else changes nothing. */
    void release(Transaction tx, String type, String instance, String holder) throws StoreException;

    /** The instance's lease as it stands, expired or not; empty when nobody took it. */
    Optional<Lease> holder(Transaction tx, String type, String instance) throws StoreException;
}
