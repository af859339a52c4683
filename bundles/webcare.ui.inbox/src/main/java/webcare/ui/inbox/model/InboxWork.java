package webcare.ui.inbox.model;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.DecisionChange;
import webcare.store.api.InboxRepository.Item;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Reply;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * What the Inbox view reads from and writes to the store, each call one transaction. Every method
 * blocks on the database: call it off the UI thread (through {@code ViewSite.load}).
 */
public final class InboxWork {

    /** How many items up a thread is followed. */
    static final int THREAD_DEPTH = 5;
    /** Items counted at most; beyond, the view says "10,000+" and finds the rest by scrolling. */
    public static final long COUNT_LIMIT = 10_000;

    /** One item with everything the detail pane shows; replies and hides oldest first. */
    public record Detail(Item item, List<StoredMention> thread, List<WorkEntry> history, List<Reply> replies) {}

    private final Store store;
    private final InboxRepository inbox;
    private final Clock clock;

    public InboxWork(Store store, InboxRepository inbox, Clock clock) {
        this.store = store;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The store's query for {@code filter} as of now. */
    public Query query(InboxFilter filter) {
        return filter.toQuery(clock.instant());
    }

    /**
     * How many items {@code query} matches, counted no further than {@link #COUNT_LIMIT}: a million
     * matches cost what ten thousand do, and nobody scrolls through more before narrowing the filter.
     */
    public Count count(Query query) throws StoreException {
        return store.inTransaction(tx -> inbox.count(tx, query, COUNT_LIMIT));
    }

    /** Page {@code page} of {@link PageCache#PAGE} rows. */
    public List<Row> page(Query query, int page) throws StoreException {
        return store.inTransaction(tx -> inbox.page(tx, query, PageCache.offset(page), PageCache.PAGE));
    }

    /** The item with its thread, work history and replies; empty when it is gone. */
    /** These items' rows as stored now, in the order given (one gone from the inbox is left out). */
    public List<Row> rows(List<Long> mentionIds) throws StoreException {
        return store.inTransaction(tx -> inbox.rows(tx, mentionIds));
    }

    /** Grows with every recorded change to an item, by anyone: see {@link InboxRepository#lastChange}. */
    public long lastChange() throws StoreException {
        return store.inTransaction(inbox::lastChange);
    }

    public Optional<Detail> detail(long mentionId) throws StoreException {
        return store.inTransaction(tx -> {
            Optional<Item> item = inbox.item(tx, mentionId);
            if (item.isEmpty()) {
                return Optional.<Detail>empty();
            }
            return Optional.of(new Detail(item.get(), inbox.thread(tx, mentionId, THREAD_DEPTH),
                    inbox.history(tx, mentionId), inbox.replies(tx, mentionId)));
        });
    }

    public void setStatus(long mentionId, Status status, String who) throws StoreException {
        Instant at = clock.instant();
        store.inTransaction(tx -> {
            inbox.setStatus(tx, List.of(mentionId), status, who, at);
            return null;
        });
    }

    /** Gives the item to {@code assignee}; null takes it back. */
    public void assign(long mentionId, String assignee, String who) throws StoreException {
        Instant at = clock.instant();
        store.inTransaction(tx -> {
            inbox.assign(tx, List.of(mentionId), assignee, who, at);
            return null;
        });
    }

    /** Records {@code who}'s decision {@code to} instead of {@code from}, because {@code why}. */
    public void override(long mentionId, String from, String to, String who, String why) throws StoreException {
        DecisionChange change = new DecisionChange(mentionId, from, to, who, why, clock.instant());
        store.inTransaction(tx -> {
            inbox.override(tx, change);
            return null;
        });
    }
}
