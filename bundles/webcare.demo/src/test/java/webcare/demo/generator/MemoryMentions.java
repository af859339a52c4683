package webcare.demo.generator;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import webcare.model.Mention;
import webcare.store.api.MentionRepository;
import webcare.store.api.Transaction;
import webcare.store.testing.MemoryStore;

/**
 * The store and its mentions in memory: a mention is known by (source, instance, id), as in the
 * real repository, so saving it again adds nothing. Writes at once, whatever the transaction.
 * Records every {@code saveDemo} batch; {@link #lockedFrom} makes units of work fail as an
 * unavailable database would.
 */
final class MemoryMentions extends MemoryStore implements MentionRepository {

    final Map<String, Mention> mentions = new LinkedHashMap<>();
    final Set<String> demo = new HashSet<>();
    final List<List<Mention>> demoBatches = new ArrayList<>();

    private static String key(Mention mention) {
        return mention.source() + "/" + mention.instance() + "/" + mention.externalId();
    }

    /** From unit of work {@code number} (the first is 1) on, every one fails as a locked database file would. */
    void lockedFrom(int number) {
        failFrom(number, "The database file is locked by another process; close it and try again.");
    }

    @Override
    public SaveResult save(Transaction tx, List<Mention> batch) {
        int added = 0;
        for (Mention mention : batch) {
            if (mentions.putIfAbsent(key(mention), mention) == null) {
                added++;
            }
        }
        return new SaveResult(added, 0, batch.size() - added);
    }

    @Override
    public SaveResult saveDemo(Transaction tx, List<Mention> batch) {
        demoBatches.add(List.copyOf(batch));
        for (Mention mention : batch) {
            if (!mentions.containsKey(key(mention))) {
                demo.add(key(mention));
            }
        }
        return save(tx, batch);
    }

    @Override
    public long count(Transaction tx, Query query) {
        if (!query.equals(Query.ALL)) {
            throw new UnsupportedOperationException("only Query.ALL in this fake");
        }
        return mentions.size();
    }

    @Override
    public void forEach(Transaction tx, Query query, Consumer<Mention> each) {
        mentions.values().forEach(each);
    }

    @Override
    public List<DayCount> perDay(Transaction tx, Query query, ZoneId zone) {
        throw new UnsupportedOperationException("not used by the demo");
    }

    @Override
    public List<StoredInstance> instances(Transaction tx) {
        throw new UnsupportedOperationException("not used by the demo");
    }

    @Override
    public boolean hasDemo(Transaction tx) {
        return !demo.isEmpty();
    }

    @Override
    public int deleteDemo(Transaction tx) {
        int removed = demo.size();
        mentions.keySet().removeAll(demo);
        demo.clear();
        return removed;
    }

    /** Every mention offered to {@code saveDemo}, over all loads, in order. */
    List<Mention> offeredAsDemo() {
        return demoBatches.stream().flatMap(List::stream).toList();
    }
}
