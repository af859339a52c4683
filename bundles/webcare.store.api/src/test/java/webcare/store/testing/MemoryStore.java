package webcare.store.testing;

import java.util.Optional;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * A store in memory for tests, always open. It runs each unit of work at once, one at a time, in
 * a fresh {@link MemoryTransaction}: what memory repositories stage in it becomes visible when the
 * work returns, and nothing of it when the work throws. It counts the units of work and can fail
 * them as an unavailable database would.
 *
 * <p>A fake that is both the store and its repositories extends this class; its repositories'
 * {@code synchronized} methods then share the lock units of work run under.
 */
public class MemoryStore implements Store {

    private int transactions;
    private int failFrom = Integer.MAX_VALUE;
    private int failTo = Integer.MAX_VALUE;
    private String failure = "";

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public StoreState state() {
        return new StoreState.Ready(1);
    }

    @Override
    public Optional<Recovery> recovery() {
        return Optional.empty();
    }

    @Override
    public synchronized <T> T inTransaction(Work<T> work) throws StoreException {
        int number = ++transactions;
        if (number >= failFrom && number <= failTo) {
            throw new StoreException(failure);
        }
        MemoryTransaction tx = new MemoryTransaction();
        T result;
        try {
            result = work.run(tx);
        } finally {
            tx.end();
        }
        tx.commit();
        return result;
    }

    /** How many units of work were asked for so far, failed ones included. */
    public synchronized int transactions() {
        return transactions;
    }

    /** Fails the next unit of work, before it runs, with a {@link StoreException} saying {@code message}. */
    public synchronized void failNext(String message) {
        fail(transactions + 1, transactions + 1, message);
    }

    /**
     * Fails unit of work number {@code number} (the first is 1) and every one after it, before it
     * runs, with a {@link StoreException} saying {@code message}.
     */
    public synchronized void failFrom(int number, String message) {
        fail(number, Integer.MAX_VALUE, message);
    }

    private void fail(int from, int to, String message) {
        failFrom = from;
        failTo = to;
        failure = message;
    }
}
