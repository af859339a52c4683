package webcare.store.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The notification outbox: every message for a person is written here first, in the caller's
 * transaction, and leaves by e-mail afterwards; a mail server that is down only delays it. One
 * message per subject of concern ({@code about}) and recipient, so a task falling due is announced
 * once, however often the check runs or the workbench restarts.
 */
@ProviderType
public interface NotificationRepository {

    /** How a message reaches its recipient. */
    enum Delivery {
        /** Waiting for the mail server (or for its next attempt). */
        PENDING,
        /** Accepted by the mail server. */
        SENT,
        /** Shown in the workbench only: the recipient has no e-mail address, or e-mail is off. */
        IN_APP
    }

    /**
     * One message: {@code about} names what it concerns ("incident/12/task/facts/due"),
     * {@code recipient} the person's id in the crisis plan, {@code address} their e-mail address
     * (empty: in the workbench only).
     */
    record Draft(String about, String recipient, String recipientName, Optional<String> address, String subject,
            String body, Instant created) {}

    /** A stored message with what happened to it. */
    record Entry(long id, Draft draft, Delivery delivery, int attempts, Optional<Instant> nextAttempt,
            Optional<String> lastError, Optional<Instant> sentAt, Optional<Instant> acknowledgedAt,
            Optional<String> acknowledgedBy) {}

    /** What waits for the mail server: how many, since when, and the last thing it said. */
    record Backlog(int pending, int retrying, Optional<Instant> oldestPending, Optional<String> lastError,
            Optional<Instant> nextAttempt) {}

    /**
     * Stores {@code draft} as {@link Delivery#PENDING} (or {@link Delivery#IN_APP} without an
     * address), due at once; empty when a message about the same thing to the same recipient
     * exists already.
     */
    Optional<Long> add(Transaction tx, Draft draft) throws StoreException;

    /** Pending messages whose next attempt has come at {@code now}, oldest first, at most {@code limit}. */
    List<Entry> due(Transaction tx, Instant now, int limit) throws StoreException;

    /** The mail server accepted message {@code id} at {@code at}. */
    void sent(Transaction tx, long id, Instant at) throws StoreException;

    /** An attempt failed with {@code error}: counted, tried again at {@code next}. */
    void retryLater(Transaction tx, long id, Instant next, String error) throws StoreException;

    /** Records that {@code by} has seen message {@code id}; false when unknown or acknowledged already. */
    boolean acknowledge(Transaction tx, long id, String by, Instant at) throws StoreException;

    /** The newest messages first, at most {@code limit}. */
    List<Entry> recent(Transaction tx, int limit) throws StoreException;

    Backlog backlog(Transaction tx) throws StoreException;
}
