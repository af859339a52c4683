package webcare.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The inbox's text search over the {@link WordIndex}: the items that have, for every word of the
 * searched text, a word that begins with it. Each searched word's items ("posting list") are read
 * off one range of {@code inbox_posting}, the rarest first; each further list only narrows what is
 * left, and the search stops as soon as nothing is. Lists are kept in the database's
 * {@link PostingCache}, so paging and counting one search reads them once.
 */
final class WordSearch {

    /**
     * How many blocks (rows) of each word are read first to learn which is rarest: a rare word's
     * whole list (then not read again), a common word's first part (then it is known to be common).
     */
    static final int PROBE = 256;

    private WordSearch() {}

    /** What a search text asks for. */
    sealed interface Match permits AnyItem, Items {}

    /** The text has no word to look for (a single letter, only punctuation): it filters nothing. */
    record AnyItem() implements Match {}

    /**
     * The items that have every word.
     *
     * @param ids sorted ascending, distinct; shared, never changed
     */
    record Items(long[] ids) implements Match {

        int size() {
            return ids.length;
        }

        boolean contains(long id) {
            return Arrays.binarySearch(ids, id) >= 0;
        }
    }

    /** The items {@code text} finds among every indexed item; its words are {@link WordIndex#words}. */
    static Match find(SqlTransaction tx, String text) throws SQLException {
        Set<String> words = text == null ? Set.of() : WordIndex.words(text);
        if (words.isEmpty()) {
            return new AnyItem();
        }
        List<Posting> postings = new ArrayList<>();
        for (String word : words) {
            Posting posting = probe(tx, word);
            if (posting.complete() && posting.ids().length == 0) {
                return new Items(new long[0]); // a word no item has: the others need not be read
            }
            postings.add(posting);
        }
        postings.sort(Comparator.comparingInt((Posting posting) -> posting.complete() ? 0 : 1)
                .thenComparingInt(posting -> posting.ids().length));
        long[] left = null;
        for (Posting posting : postings) {
            long[] ids = posting.complete() ? posting.ids() : all(tx, posting.word());
            left = left == null ? ids : intersection(left, ids);
            if (left.length == 0) {
                break;
            }
        }
        return new Items(left);
    }

    /** A word's ids: all of them when {@code complete}, else those of the first {@link #PROBE} blocks. */
    private record Posting(String word, long[] ids, boolean complete) {}

    private static Posting probe(SqlTransaction tx, String word) throws SQLException {
        long[] cached = tx.readsCachedWords() ? tx.postings().get(word) : null;
        if (cached != null) {
            return new Posting(word, cached, true);
        }
        return read(tx, word, PROBE);
    }

    private static long[] all(SqlTransaction tx, String word) throws SQLException {
        return read(tx, word, Integer.MAX_VALUE).ids();
    }

    /**
     * The ids of the items with a word that begins with {@code word}, sorted and distinct, from at
     * most {@code limit} blocks; kept in the cache when that was all of them.
     */
    private static Posting read(SqlTransaction tx, String word, int limit) throws SQLException {
        long generation = tx.postings().generation();
        boolean bounded = limit < Integer.MAX_VALUE;
        IdList ids = new IdList();
        int blocks = 0;
        // one range of the index on (word, first_id): every word that begins with it
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT first_id, ids FROM inbox_posting "
                + "WHERE word >= ? AND word < ?" + (bounded ? " FETCH FIRST ? ROWS ONLY" : ""))) {
            select.setString(1, word);
            select.setString(2, word + Character.MAX_VALUE);
            if (bounded) {
                select.setInt(3, limit + 1);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    WordIndex.Block.read(result.getLong(1), result.getBytes(2), ids::add);
                    blocks++;
                }
            }
        }
        boolean complete = blocks <= limit;
        long[] distinct = ids.distinct();
        if (complete && tx.readsCachedWords()) {
            tx.postings().put(word, distinct, generation);
        }
        return new Posting(word, distinct, complete);
    }

    /** Ids as they come off the index. */
    private static final class IdList {

        long[] ids = new long[64];
        int size;
        boolean sorted = true;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            sorted &= size == 0 || id > ids[size - 1];
            ids[size++] = id;
        }

        /** Sorted, each once: several words begin with a searched one ("pakket", "pakketje"), each in id order. */
        long[] distinct() {
            return sorted ? Arrays.copyOf(ids, size) : WordSearch.distinct(ids, size);
        }
    }

    private static long[] distinct(long[] ids, int size) {
        Arrays.sort(ids, 0, size);
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (kept == 0 || ids[i] != ids[kept - 1]) {
                ids[kept++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, kept);
    }

    /** The ids in both sorted lists: a walk through both, or binary searches when one is far shorter. */
    static long[] intersection(long[] a, long[] b) {
        long[] small = a.length <= b.length ? a : b;
        long[] large = small == a ? b : a;
        long[] both = new long[small.length];
        int size = 0;
        if ((long) small.length * 32 < large.length) {
            int from = 0;
            for (long id : small) {
                int at = Arrays.binarySearch(large, from, large.length, id);
                if (at >= 0) {
                    both[size++] = id;
                    from = at + 1;
                } else {
                    from = -at - 1;
                }
            }
        } else {
            for (int i = 0, j = 0; i < small.length && j < large.length; ) {
                if (small[i] < large[j]) {
                    i++;
                } else if (small[i] > large[j]) {
                    j++;
                } else {
                    both[size++] = small[i];
                    i++;
                    j++;
                }
            }
        }
        return Arrays.copyOf(both, size);
    }
}
