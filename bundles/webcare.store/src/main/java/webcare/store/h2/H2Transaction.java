package webcare.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/** A {@link Transaction} of this store: the connection its unit of work runs on. */
record H2Transaction(Connection connection) implements Transaction {

    /** SQL work on a transaction's connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on the connection of {@code tx}, which must come from this store. */
    static <T> T sql(Transaction tx, SqlWork<T> work) throws StoreException {
        if (!(tx instanceof H2Transaction h2)) {
            throw new IllegalArgumentException("not a transaction of this store: " + tx);
        }
        try {
            return work.run(h2.connection());
        } catch (SQLException e) {
            throw new StoreException(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
