package webcare.ingest.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import webcare.model.Mention;
import webcare.store.api.CursorRepository;
import webcare.store.api.LeaseRepository;
import webcare.store.api.LeaseRepository.Lease;
import webcare.store.api.MentionRepository;
import webcare.store.api.SourceStateRepository;
import webcare.store.api.SourceStateRepository.SavedState;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;
import webcare.store.testing.MemoryStore;
import webcare.store.testing.MemoryTransaction;

/**
 * A store in memory with its mention and cursor repositories, its source state repository in
 * {@link #states} and its lease repository in {@link #leases}, with real transaction semantics: what a unit of work writes becomes visible
 * only when it returns, and nothing of it when it throws. {@link #failSaveNumber} makes one
 * mention save fail, as a full disk would.
 */
final class MemoryIngestStore extends MemoryStore implements MentionRepository, CursorRepository {

    private final Map<String, Mention> mentions = new LinkedHashMap<>();
    private final Map<String, String> cursors = new LinkedHashMap<>();
    private final Map<String, SavedState> saved = new LinkedHashMap<>();
    /** The source state repository (its {@code load} would clash with the cursors'). */
    final SourceStateRepository states = new SourceStateRepository() {
        @Override
        public Optional<SavedState> load(Transaction tx, String source, String instance) {
            synchronized (MemoryIngestStore.this) {
                return Optional.ofNullable(saved.get(source + "/" + instance));
            }
        }

        @Override
        public void save(Transaction tx, SavedState state) {
            writes(tx).states.put(state.source() + "/" + state.instance(), state);
        }
    };
    private final Map<String, Lease> leaseRows = new LinkedHashMap<>();
    /** The lease repository; one unit of work runs at a time, so no two take a lease at once. */
    final LeaseRepository leases = new LeaseRepository() {
        @Override
        public boolean acquire(Transaction tx, String type, String instance, String holder, Instant now,
                Duration ttl) {
            Optional<Lease> lease = holder(tx, type, instance);
            if (lease.isPresent() && !lease.get().holder().equals(holder) && !lease.get().expires().isBefore(now)) {
                return false;
            }
            writes(tx).leases.put(type + "/" + instance, Optional.of(new Lease(holder, now.plus(ttl))));
            return true;
        }

        @Override
        public void release(Transaction tx, String type, String instance, String holder) {
            if (holder(tx, type, instance).filter(lease -> lease.holder().equals(holder)).isPresent()) {
                writes(tx).leases.put(type + "/" + instance, Optional.empty());
            }
        }

        @Override
        public Optional<Lease> holder(Transaction tx, String type, String instance) {
            synchronized (MemoryIngestStore.this) {
                Optional<Lease> staged = writes(tx).leases.get(type + "/" + instance);
                return staged != null ? staged : Optional.ofNullable(leaseRows.get(type + "/" + instance));
            }
        }
    };
    private int saves;
    int failSaveNumber = -1;

    /** Writes of one unit of work, applied on commit. */
    private static final class Writes {
        final Map<String, Mention> mentions = new LinkedHashMap<>();
        final Map<String, String> cursors = new LinkedHashMap<>();
        final Map<String, SavedState> states = new LinkedHashMap<>();
        /** Empty: the lease is given up. */
        final Map<String, Optional<Lease>> leases = new LinkedHashMap<>();
    }

    private Writes writes(Transaction tx) {
        return MemoryTransaction.of(tx).pending(this, Writes::new, writes -> {
            mentions.putAll(writes.mentions);
            cursors.putAll(writes.cursors);
            saved.putAll(writes.states);
            writes.leases.forEach((key, lease) -> lease.ifPresentOrElse(held -> leaseRows.put(key, held),
                    () -> leaseRows.remove(key)));
        });
    }

    /** Who holds the lease on an instance now, as the database has it. */
    synchronized Optional<Lease> lease(String type, String instance) {
        return Optional.ofNullable(leaseRows.get(type + "/" + instance));
    }

    /** Puts a lease in the database, as a workbench that took it would have. */
    synchronized void putLease(String type, String instance, Lease lease) {
        leaseRows.put(type + "/" + instance, lease);
    }

    synchronized List<Mention> mentions() {
        return new ArrayList<>(mentions.values());
    }

    synchronized Optional<String> cursor(String source, String instance) {
        return Optional.ofNullable(cursors.get(source + "/" + instance));
    }

    synchronized void putCursor(String source, String instance, String cursor) {
        cursors.put(source + "/" + instance, cursor);
    }

    private static String key(Mention mention) {
        return mention.source() + "/" + mention.instance() + "/" + mention.externalId();
    }

    @Override
    public synchronized SaveResult save(Transaction tx, List<Mention> batch) throws StoreException {
        if (++saves == failSaveNumber) {
            throw new StoreException("disk full");
        }
        int added = 0;
        int edited = 0;
        int unchanged = 0;
        for (Mention mention : batch) {
            Mention before = mentions.get(key(mention));
            if (before == null) {
                added++;
            } else if (before.equals(mention)) {
                unchanged++;
            } else {
                edited++;
            }
            writes(tx).mentions.put(key(mention), mention);
        }
        return new SaveResult(added, edited, unchanged);
    }

    @Override
    public SaveResult saveDemo(Transaction tx, List<Mention> batch) throws StoreException {
        return save(tx, batch);
    }

    @Override
    public long count(Transaction tx, Query query) {
        return mentions.size();
    }

    @Override
    public void forEach(Transaction tx, Query query, Consumer<Mention> each) {
        mentions.values().forEach(each);
    }

    @Override
    public List<DayCount> perDay(Transaction tx, Query query, ZoneId zone) {
        return List.of(new DayCount(LocalDate.EPOCH, mentions.size()));
    }

    @Override
    public List<StoredInstance> instances(Transaction tx) {
        throw new UnsupportedOperationException("not used by ingestion");
    }

    @Override
    public boolean hasDemo(Transaction tx) {
        return false;
    }

    @Override
    public int deleteDemo(Transaction tx) {
        return 0;
    }

    @Override
    public synchronized Optional<Position> load(Transaction tx, String source, String instance) {
        return cursor(source, instance).map(value -> new Position(source, instance, value, Instant.EPOCH));
    }

    @Override
    public void save(Transaction tx, String source, String instance, String cursor, Instant now) {
        writes(tx).cursors.put(source + "/" + instance, cursor);
    }

    @Override
    public synchronized List<Position> all(Transaction tx) {
        return cursors.entrySet().stream().map(entry -> new Position(entry.getKey().split("/")[0],
                entry.getKey().split("/")[1], entry.getValue(), Instant.EPOCH)).toList();
    }
}
