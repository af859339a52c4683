package webcare.triage.engine;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webcare.analysis.api.Polarity;
import webcare.model.Mention;
import webcare.triage.api.AuthorHistory;
import webcare.triage.api.MentionKey;
import webcare.triage.api.SeenItem;
import webcare.triage.api.ThreadHistory;
import webcare.triage.api.TriageContext;

/**
 * A {@link TriageContext} over one stream in memory, bounded: at most {@code maxItems} items (the
 * oldest remembered go first), the histories of at most {@code maxAuthors} authors and as many
 * threads (the least recently used go first), and per content word the {@link #PER_WORD} most
 * recent items. Not thread-safe: one stream, one caller.
 */
final class MemoryContext implements TriageContext {

    /** Items kept per word: a raise needs a few other authors, not every item that ever used the word. */
    static final int PER_WORD = 32;

    private static final class Entry {
        final SeenItem item;
        final Polarity polarity;
        /** When it was remembered, counted: items posted at the same instant are found in this order. */
        final long remembered;
        /** The query that last counted this entry, and how many of its words it shared. */
        long query;
        int shared;

        Entry(SeenItem item, Polarity polarity, long remembered) {
            this.item = item;
            this.polarity = polarity;
            this.remembered = remembered;
        }
    }

    private final int maxItems;
    private final Map<MentionKey, Entry> items = new LinkedHashMap<>();
    private final Map<String, ArrayDeque<Entry>> byWord = new HashMap<>();
    private final Map<String, int[]> authors;
    private final Map<String, int[]> threads;
    /** Numbers each similar() call, so entries count their shared words without a map. */
    private long queries;
    private long remembered;

    MemoryContext(int maxItems, int maxAuthors) {
        this.maxItems = maxItems;
        this.authors = leastRecentlyUsed(maxAuthors);
        this.threads = leastRecentlyUsed(maxAuthors);
    }

    private static Map<String, int[]> leastRecentlyUsed(int max) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
                return size() > max;
            }
        };
    }

    @Override
    public AuthorHistory authorHistory(Mention mention) {
        int[] counts = authors.get(SeenItem.authorOf(mention));
        return counts == null ? AuthorHistory.NONE : new AuthorHistory(counts[0], counts[1]);
    }

    @Override
    public ThreadHistory threadHistory(Mention mention) {
        int[] counts = threads.get(SeenItem.threadOf(mention));
        return counts == null ? ThreadHistory.NONE : new ThreadHistory(counts[0], counts[1]);
    }

    @Override
    public List<SeenItem> similar(Set<String> terms, int minShared, Instant from, Instant to) {
        long query = ++queries;
        List<Entry> matched = new ArrayList<>();
        for (String term : terms) {
            ArrayDeque<Entry> entries = byWord.get(term);
            if (entries == null) {
                continue;
            }
            // newest first: a stream in posting order can stop at the window's start
            for (Iterator<Entry> newest = entries.descendingIterator(); newest.hasNext();) {
                Entry entry = newest.next();
                Instant created = entry.item.created();
                if (created.isBefore(from)) {
                    break;
                }
                if (created.isAfter(to)) {
                    continue;
                }
                if (entry.query != query) {
                    entry.query = query;
                    entry.shared = 0;
                }
                if (++entry.shared == minShared) {
                    matched.add(entry);
                }
            }
        }
        // matched in the order of the terms, which a set does not fix: sorted by more than the time
        matched.sort(Comparator.comparing((Entry entry) -> entry.item.created())
                .thenComparingLong(entry -> entry.remembered));
        List<SeenItem> found = new ArrayList<>(matched.size());
        for (Entry entry : matched) {
            found.add(entry.item);
        }
        return found;
    }

    @Override
    public void remember(SeenItem item, Polarity polarity) {
        Entry entry = new Entry(item, polarity, ++remembered);
        Entry earlier = items.put(item.key(), entry);
        if (earlier != null) {
            forget(earlier);
        }
        count(authors, item.author(), polarity, 1);
        count(threads, item.thread(), polarity, 1);
        for (String term : item.terms()) {
            ArrayDeque<Entry> entries = byWord.computeIfAbsent(term, k -> new ArrayDeque<>());
            entries.addLast(entry);
            if (entries.size() > PER_WORD) {
                entries.removeFirst();
            }
        }
        if (items.size() > maxItems) {
            Iterator<Entry> oldest = items.values().iterator();
            Entry gone = oldest.next();
            oldest.remove();
            unindex(gone);
        }
    }

    /** Takes an item back out of the histories and the word index (it is remembered anew). */
    private void forget(Entry entry) {
        count(authors, entry.item.author(), entry.polarity, -1);
        count(threads, entry.item.thread(), entry.polarity, -1);
        unindex(entry);
    }

    private void unindex(Entry entry) {
        for (String term : entry.item.terms()) {
            ArrayDeque<Entry> entries = byWord.get(term);
            if (entries != null && entries.removeFirstOccurrence(entry) && entries.isEmpty()) {
                byWord.remove(term);
            }
        }
    }

    private static void count(Map<String, int[]> histories, String key, Polarity polarity, int step) {
        int[] counts = histories.computeIfAbsent(key, k -> new int[2]);
        counts[0] = Math.max(0, counts[0] + step);
        if (polarity == Polarity.NEGATIVE) {
            counts[1] = Math.max(0, counts[1] + step);
        }
    }
}
