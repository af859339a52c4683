package webcare.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * A {@link Transaction} of this store: the connection its unit of work runs on, and what the store
 * keeps beside the database for it (the {@link Dialect}, the {@link PostingCache}). One thread.
 */
final class SqlTransaction implements Transaction {

    private final Connection connection;
    private final Dialect dialect;
    private final PostingCache postings;
    private boolean wroteWords;

    SqlTransaction(Connection connection, Dialect dialect, PostingCache postings) {
        this.connection = connection;
        this.dialect = dialect;
        this.postings = postings;
    }

    Connection connection() {
        return connection;
    }

    Dialect dialect() {
        return dialect;
    }

    PostingCache postings() {
        return postings;
    }

    /** Records that this transaction changed {@code inbox_posting}: the cached word lists go when it ends. */
    void wroteWords() {
        wroteWords = true;
        postings.invalidate();
    }

    /**
     * Whether searches may use and fill the {@link PostingCache}: not after this transaction wrote
     * words, which it sees and others do not (yet, or ever when it rolls back).
     */
    boolean readsCachedWords() {
        return !wroteWords;
    }

    /** Called by the store once the transaction is committed or rolled back. */
    void ended() {
        if (wroteWords) {
            postings.invalidate();
        }
    }

    /**
     * Runs {@code work} as one transaction on {@code connection}: committed when it returns,
     * rolled back when it throws.
     */
    static <T> T run(Connection connection, Dialect dialect, PostingCache postings, Store.Work<T> work)
            throws StoreException, SQLException {
        connection.setAutoCommit(false);
        SqlTransaction tx = new SqlTransaction(connection, dialect, postings);
        try {
            T result = work.run(tx);
            connection.commit();
            return result;
        } catch (StoreException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            tx.ended();
        }
    }

    /** SQL work on a transaction's connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The transaction {@code tx}, which must come from this store. */
    static SqlTransaction of(Transaction tx) {
        if (!(tx instanceof SqlTransaction h2)) {
            throw new IllegalArgumentException("not a transaction of this store: " + tx);
        }
        return h2;
    }

    /** Runs {@code work} on the connection of {@code tx}, which must come from this store. */
    static <T> T sql(Transaction tx, SqlWork<T> work) throws StoreException {
        SqlTransaction h2 = of(tx);
        try {
            return work.run(h2.connection());
        } catch (SQLException e) {
            throw new StoreException(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
