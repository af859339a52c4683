package webcare.store.sql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mention ids of the inbox's searched words, kept between searches of one open database: a
 * common word has hundreds of thousands, and reading them again for every page and count of the
 * same search would cost more than the rest of the query. Bounded by bytes, least recently used
 * out first. Thread-safe.
 *
 * <p>Kept correct by generations: a transaction that wrote words calls {@link #invalidate()} when
 * it ends (committed or not), and a list read while that happened is not kept ({@link #put}), so
 * no list older than the last committed write is ever served.
 */
final class PostingCache {

    /** 16 MB: two million ids, a dozen common words of a million items. */
    static final long DEFAULT_BYTES = 16L << 20;
    /** What a cached list costs beside its ids: the key, the entry, the array header. */
    private static final long ENTRY_BYTES = 128;

    private final long maxBytes;
    private final LinkedHashMap<String, long[]> lists = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long generation;

    PostingCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The ids of {@code word} as put, or null. The array is shared: callers must not change it. */
    synchronized long[] get(String word) {
        return lists.get(word);
    }

    /** To pass to {@link #put}: taken before the list is read. */
    synchronized long generation() {
        return generation;
    }

    /**
     * Keeps the sorted, distinct ids of {@code word}, read from a transaction that started after
     * {@code generation} was taken; dropped when the words changed since, or when the list alone
     * is larger than the cache.
     */
    synchronized void put(String word, long[] ids, long generation) {
        long size = sizeOf(ids);
        if (generation != this.generation || size > maxBytes) {
            return;
        }
        long[] old = lists.put(word, ids);
        bytes += size - (old == null ? 0 : sizeOf(old));
        var eldest = lists.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, long[]> out = eldest.next();
            bytes -= sizeOf(out.getValue());
            eldest.remove();
        }
    }

    /** Forgets every list: the words changed. */
    synchronized void invalidate() {
        generation++;
        lists.clear();
        bytes = 0;
    }

    /** The bytes held, for tests. */
    synchronized long bytes() {
        return bytes;
    }

    private static long sizeOf(long[] ids) {
        return ENTRY_BYTES + 8L * ids.length;
    }
}
