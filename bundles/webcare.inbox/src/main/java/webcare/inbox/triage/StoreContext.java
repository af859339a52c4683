package webcare.inbox.triage;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webcare.analysis.api.Polarity;
import webcare.model.Mention;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.AuthorKey;
import webcare.triage.api.AuthorHistory;
import webcare.triage.api.MentionKey;
import webcare.triage.api.SeenItem;
import webcare.triage.api.ThreadHistory;
import webcare.triage.api.TriageContext;

/**
 * What triage knows beyond one mention while it works through stored ones: each author's history
 * from the store (everything triaged before this batch) plus what this batch added, and threads and
 * similar items from a context kept in memory for as long as the workbench runs.
 */
final class StoreContext implements TriageContext {

    private final TriageContext memory;
    private final Map<AuthorKey, InboxRepository.AuthorHistory> stored;
    /**
     * The mentions of this batch asked about and not yet remembered, with their author: only they
     * add to a history. An item remembered again (raised by a later one) was counted already, in
     * this batch or in the store.
     */
    private final Map<MentionKey, AuthorKey> triaging = new HashMap<>();
    private final Map<AuthorKey, int[]> added = new HashMap<>();

    /**
     * @param memory the long-lived context for threads and similar items
     * @param stored the histories of this batch's authors as stored before it
     */
    StoreContext(TriageContext memory, Map<AuthorKey, InboxRepository.AuthorHistory> stored) {
        this.memory = memory;
        this.stored = stored;
    }

    @Override
    public AuthorHistory authorHistory(Mention mention) {
        AuthorKey key = AuthorKey.of(mention);
        triaging.put(MentionKey.of(mention), key);
        if (key.author().isEmpty()) {
            return AuthorHistory.NONE;
        }
        InboxRepository.AuthorHistory before = stored.getOrDefault(key, InboxRepository.AuthorHistory.NONE);
        int[] now = added.getOrDefault(key, new int[2]);
        return new AuthorHistory(saturated(before.items() + now[0]), saturated(before.negative() + now[1]));
    }

    @Override
    public ThreadHistory threadHistory(Mention mention) {
        return memory.threadHistory(mention);
    }

    @Override
    public List<SeenItem> similar(Set<String> terms, int minShared, Instant from, Instant to) {
        return memory.similar(terms, minShared, from, to);
    }

    @Override
    public void remember(SeenItem item, Polarity polarity) {
        memory.remember(item, polarity);
        AuthorKey key = triaging.remove(item.key());
        if (key != null && !key.author().isEmpty()) {
            int[] counts = added.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            counts[1] += polarity == Polarity.NEGATIVE ? 1 : 0;
        }
    }

    private static int saturated(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }
}
