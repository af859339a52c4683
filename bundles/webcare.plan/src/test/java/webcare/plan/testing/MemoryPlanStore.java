package webcare.plan.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import webcare.store.api.PlanRepository;
import webcare.store.api.Transaction;
import webcare.store.testing.MemoryStore;
import webcare.store.testing.MemoryTransaction;

/**
 * A store holding a plan repository in memory, with the repository's contract: revisions 1, 2,
 * 3, …; a save against a stale revision writes nothing; versions and audit rows append. What a
 * unit of work writes becomes visible when it returns, and nothing of it when it throws.
 */
public final class MemoryPlanStore extends MemoryStore implements PlanRepository {

    private Working working;
    private final Map<Long, Working> revisions = new HashMap<>();
    private final List<Version> versions = new ArrayList<>();
    private final List<AuditRow> audit = new ArrayList<>();

    /** Writes of one unit of work, applied on commit. */
    private final class Writes {
        Working working = MemoryPlanStore.this.working;
        final Map<Long, Working> revisions = new HashMap<>();
        final List<Version> versions = new ArrayList<>();
        final List<AuditRow> audit = new ArrayList<>();
    }

    /** Every audit row, oldest first. */
    public synchronized List<AuditRow> auditRows() {
        return List.copyOf(audit);
    }

    public synchronized Optional<Working> stored() {
        return Optional.ofNullable(working);
    }

    private Writes writes(Transaction tx) {
        return MemoryTransaction.of(tx).pending(this, Writes::new, writes -> {
            working = writes.working;
            revisions.putAll(writes.revisions);
            versions.addAll(writes.versions);
            audit.addAll(writes.audit);
        });
    }

    @Override
    public Optional<Working> working(Transaction tx) {
        return Optional.ofNullable(writes(tx).working);
    }

    @Override
    public long workingRevision(Transaction tx) {
        Working current = writes(tx).working;
        return current == null ? 0 : current.revision();
    }

    @Override
    public OptionalLong saveWorking(Transaction tx, String json, long expected, Instant at, String who) {
        Writes work = writes(tx);
        long current = work.working == null ? 0 : work.working.revision();
        if (current != expected) {
            return OptionalLong.empty();
        }
        work.working = new Working(json, current + 1, at, who);
        work.revisions.put(current + 1, work.working);
        return OptionalLong.of(current + 1);
    }

    @Override
    public Optional<String> workingAt(Transaction tx, long revision) {
        return revision(tx, revision).map(Working::json);
    }

    @Override
    public Optional<Working> revision(Transaction tx, long revision) {
        Working pending = writes(tx).revisions.get(revision);
        return Optional.ofNullable(pending != null ? pending : revisions.get(revision));
    }

    @Override
    public int addVersion(Transaction tx, String json, Instant at, String approvedBy) {
        int number = versions.size() + writes(tx).versions.size() + 1;
        writes(tx).versions.add(new Version(number, json, at, approvedBy));
        return number;
    }

    @Override
    public List<Version> versions(Transaction tx) {
        List<Version> all = new ArrayList<>(versions);
        all.addAll(writes(tx).versions);
        return all;
    }

    @Override
    public Optional<Version> version(Transaction tx, int number) {
        return versions(tx).stream().filter(version -> version.number() == number).findFirst();
    }

    @Override
    public void audit(Transaction tx, List<AuditRow> rows) {
        writes(tx).audit.addAll(rows);
    }

    @Override
    public List<AuditRow> audit(Transaction tx, int limit) {
        List<AuditRow> all = new ArrayList<>(audit);
        all.addAll(writes(tx).audit);
        List<AuditRow> newest = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && newest.size() < limit; i--) {
            newest.add(all.get(i));
        }
        return newest;
    }
}
