package webcare.store.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import webcare.store.api.Transaction;

/**
 * A unit of work of a {@link MemoryStore}. A memory repository stages its writes here with
 * {@link #pending} and says how to apply them; the store applies them, in the order the
 * repositories first staged, when the work returns. Valid only while the work runs.
 */
public final class MemoryTransaction implements Transaction {

    private final Map<Object, Object> pending = new HashMap<>();
    private final List<Runnable> commits = new ArrayList<>();
    private boolean open = true;

    MemoryTransaction() {}

    /** {@code tx} as a memory transaction; refuses one a {@link MemoryStore} did not give. */
    public static MemoryTransaction of(Transaction tx) {
        if (tx instanceof MemoryTransaction memory) {
            return memory;
        }
        throw new IllegalArgumentException("not a transaction of a MemoryStore: " + tx);
    }

    /**
     * The writes {@code owner} (a repository) staged in this unit of work: made by {@code start} the
     * first time it asks, then the same object; {@code commit} applies them when the work returns.
     *
     * @throws IllegalStateException when the unit of work has ended
     */
    public <W> W pending(Object owner, Supplier<W> start, Consumer<? super W> commit) {
        if (!open) {
            throw new IllegalStateException("the unit of work has ended; its transaction is no longer valid");
        }
        @SuppressWarnings("unchecked") // only this method puts, always a W for this owner
        W writes = (W) pending.get(owner);
        if (writes == null) {
            W started = Objects.requireNonNull(start.get(), "start");
            pending.put(owner, started);
            commits.add(() -> commit.accept(started));
            return started;
        }
        return writes;
    }

    /** Ends the unit of work: from now on nothing more can be staged. */
    void end() {
        open = false;
    }

    /** Applies what was staged; call after {@link #end} when the work returned. */
    void commit() {
        commits.forEach(Runnable::run);
    }
}
