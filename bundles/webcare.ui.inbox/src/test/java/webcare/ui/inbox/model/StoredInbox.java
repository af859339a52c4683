package webcare.ui.inbox.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.Item;
import webcare.store.api.InboxRepository.Reply;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.store.api.StoreException;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;

/** A real H2 store in a temporary directory with items put in the inbox as triage would, for tests. */
public final class StoredInbox implements AutoCloseable {

    public final H2Store store;
    public final SqlInboxRepository inbox = new SqlInboxRepository();
    private final SqlMentionRepository mentions = new SqlMentionRepository();

    public StoredInbox(Path data) {
        store = new H2Store(new HomeLaunch(data));
    }

    /** A Dutch post on X ({@code twitter}, instance {@code brand}) by Fatima, triaged as {@code decision}. */
    public static Mention post(String externalId, String text, Instant created) {
        return new Mention("twitter", "brand", externalId, MentionKind.POST, null, null,
                new Author("42", "@fatima_nl", "Fatima el Amrani", 1800L, null), text, "nl", null, null, created,
                null, null, false);
    }

    /** Stores {@code mention} and opens its inbox item with {@code decision}; returns the item's id. */
    public long add(Mention mention, String decision, double sentiment, String flags, Instant now)
            throws StoreException {
        List<StoredMention> stored = store.inTransaction(tx -> {
            mentions.save(tx, List.of(mention));
            return inbox.untriaged(tx, 10);
        });
        long id = stored.get(stored.size() - 1).id();
        Triaged triaged = new Triaged(id, mention.lang() == null ? "unknown" : mention.lang(), sentiment,
                sentiment < 0 ? "NEGATIVE" : "NEUTRAL", decision, 60, now.plusSeconds(3600), flags,
                "[]", sentiment < 0, now);
        store.inTransaction(tx -> {
            inbox.saveTriage(tx, List.of(triaged), Set.of());
            return null;
        });
        return id;
    }

    public Item item(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.item(tx, id)).orElseThrow();
    }

    public List<Reply> replies(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.replies(tx, id));
    }

    public List<WorkEntry> history(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.history(tx, id));
    }

    @Override
    public void close() {
        store.close();
    }
}
