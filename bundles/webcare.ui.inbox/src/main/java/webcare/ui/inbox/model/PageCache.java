package webcare.ui.inbox.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rows a virtual table has fetched, page by page, keeping the {@code capacity} pages used most
 * recently so scrolling through a million items holds a few thousand rows at most. Knows which pages
 * are being fetched, so a page is asked for once however many cells want it. Not thread-safe: use it
 * on one thread (the UI thread).
 *
 * @param <R> a row
 */
public final class PageCache<R> {

    /** Rows per page: one store round trip. */
    public static final int PAGE = 200;

    private final int capacity;
    private final Map<Integer, List<R>> pages;
    private final Set<Integer> fetching = new HashSet<>();
    private long generation;

    public PageCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<R>> eldest) {
                return size() > PageCache.this.capacity;
            }
        };
    }

    /** The row at {@code index}, or null when its page is not here (yet). */
    public R row(int index) {
        List<R> page = pages.get(index / PAGE);
        int at = index % PAGE;
        return page == null || at >= page.size() ? null : page.get(at);
    }

    /**
     * The page to fetch for {@code index}: empty when it is here or already being fetched; otherwise
     * it is marked as being fetched until {@link #put} or {@link #clear}.
     */
    public OptionalInt toFetch(int index) {
        int page = index / PAGE;
        if (pages.containsKey(page) || !fetching.add(page)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(page);
    }

    /** The first index of {@code page}. */
    public static int offset(int page) {
        return page * PAGE;
    }

    /**
     * Keeps a fetched page, unless the cache was cleared since it was asked for ({@code generation}
     * is then old): rows of an earlier filter must not show under a new one.
     */
    public boolean put(long generation, int page, List<R> rows) {
        if (generation != this.generation) {
            return false;
        }
        fetching.remove(page);
        pages.put(page, List.copyOf(rows));
        return true;
    }

    /** Puts {@code row} at {@code index} in place of the one there; nothing when its page is not held. */
    public void replace(int index, R row) {
        List<R> page = pages.get(index / PAGE);
        int at = index % PAGE;
        if (page != null && at < page.size()) {
            List<R> changed = new ArrayList<>(page);
            changed.set(at, row);
            pages.put(index / PAGE, List.copyOf(changed));
        }
    }

    /** Marks a failed fetch as no longer running, so the page can be asked for again. */
    public void failed(long generation, int page) {
        if (generation == this.generation) {
            fetching.remove(page);
        }
    }

    /** Forgets every row (a new filter, order or change); returns the new generation. */
    public long clear() {
        pages.clear();
        fetching.clear();
        return ++generation;
    }

    /** The generation to pass with a fetch started now. */
    public long generation() {
        return generation;
    }

    /** How many pages are held. */
    public int pages() {
        return pages.size();
    }
}
