package webcare.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.LeaseRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/**
 * Source leases in table {@code source_lease} (schema V014), one row per instance. A lease row
 * with an expiry rather than an advisory lock: it works the same on H2, and does not depend on
 * which pooled connection a unit of work gets.
 *
 * <p>{@link #acquire} first updates the row where it is this holder's or expired. Two units of
 * work doing so at once both wait for the row; the second sees the first's new holder and expiry
 * and updates nothing. When no row matched, it inserts one: the primary key lets the first insert
 * win, and the other gets a duplicate key (SQLState 23505); on that, or on a lock time-out (the
 * row held by a unit of work that does not end), it rolls back to a savepoint taken before its
 * statements and is refused, its unit of work still usable. Times are kept to the microsecond in UTC.
 */
@Component(service = LeaseRepository.class)
public final class SqlLeaseRepository implements LeaseRepository {

    @Override
    public boolean acquire(Transaction tx, String type, String instance, String holder, Instant now, Duration ttl)
            throws StoreException {
        if (holder.length() > MAX_HOLDER) {
            throw new IllegalArgumentException("a lease holder's name is at most " + MAX_HOLDER + " characters: "
                    + holder);
        }
        Instant expires = now.plus(ttl);
        return SqlTransaction.sql(tx, connection -> {
            // Taken before the statements, so that a lost race undoes only them. On PostgreSQL
            // this is what keeps the transaction usable after the error.
            Savepoint before = connection.setSavepoint();
            try {
                boolean held = renew(connection, type, instance, holder, now, expires)
                        || insert(connection, type, instance, holder, expires);
                connection.releaseSavepoint(before);
                return held;
            } catch (SQLException e) {
                if (!SqlMentionRepository.isDuplicateKey(e) && !SqlTransaction.of(tx).dialect().isLockTimeout(e)) {
                    throw e;
                }
                // another unit of work took the lease (or is taking it)
                connection.rollback(before);
                return false;
            }
        });
    }

    /** Takes the row when it is {@code holder}'s or expired; whether it did. */
    private static boolean renew(Connection connection, String type, String instance, String holder, Instant now,
            Instant expires) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE source_lease SET holder = ?, "
                + "expires_at = ? WHERE source_type = ? AND instance = ? AND (holder = ? OR expires_at < ?)")) {
            update.setString(1, holder);
            SqlMentionRepository.setTime(update, 2, expires);
            update.setString(3, type);
            update.setString(4, instance);
            update.setString(5, holder);
            SqlMentionRepository.setTime(update, 6, now);
            return update.executeUpdate() == 1;
        }
    }

    /** Inserts the row of a lease nobody took; throws a duplicate key when another unit of work inserted it. */
    private static boolean insert(Connection connection, String type, String instance, String holder, Instant expires)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO source_lease (source_type, instance, holder, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, type);
            insert.setString(2, instance);
            insert.setString(3, holder);
            SqlMentionRepository.setTime(insert, 4, expires);
            return insert.executeUpdate() == 1;
        }
    }

    @Override
    public void release(Transaction tx, String type, String instance, String holder) throws StoreException {
        SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM source_lease WHERE source_type = ? AND instance = ? AND holder = ?")) {
                delete.setString(1, type);
                delete.setString(2, instance);
                delete.setString(3, holder);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Lease> holder(Transaction tx, String type, String instance) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT holder, expires_at FROM source_lease WHERE source_type = ? AND instance = ?")) {
                select.setString(1, type);
                select.setString(2, instance);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Lease(row.getString(1), SqlMentionRepository.instant(row, 2)))
                            : Optional.empty();
                }
            }
        });
    }
}
