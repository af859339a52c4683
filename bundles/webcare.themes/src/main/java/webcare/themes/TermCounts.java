package webcare.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import webcare.themes.api.ThemeItem;

/**
 * In how many items of each period every word and every two-word phrase occurs (document
 * frequency). Each item is tokenised once into word ids ({@link #PAUSE} where no phrase may
 * form); a phrase is counted only when both its words occur in at least {@code minSupport} items
 * of the period, since it can occur in no more items than either word. That keeps the many
 * phrases of two rare words out of memory. Not thread-safe: one per analysis.
 */
final class TermCounts {

    static final int PAUSE = -1;

    private final Map<String, Integer> ids = new HashMap<>(1 << 14);
    private final List<String> words = new ArrayList<>();
    private final int[][] now;
    private final int[][] before;
    private final int[] wordsNow;
    private final int[] wordsBefore;
    /** phrase key ({@link #phrase}) → {now, before} */
    private final Map<Long, int[]> phrases = new HashMap<>();

    TermCounts(Tokenizer tokenizer, StopWords stopWords, List<ThemeItem> now, List<ThemeItem> before,
            int minSupport) {
        this.now = encode(tokenizer, stopWords, now);
        this.before = encode(tokenizer, stopWords, before);
        wordsNow = wordCounts(this.now);
        wordsBefore = wordCounts(this.before);
        long[] seen = new long[64];
        for (int[] tokens : this.now) {
            forEachPhrase(tokens, seen, key -> {
                if (wordsNow[first(key)] >= minSupport && wordsNow[second(key)] >= minSupport) {
                    phrases.computeIfAbsent(key, any -> new int[2])[0]++;
                }
            });
        }
        for (int[] tokens : this.before) {
            forEachPhrase(tokens, seen, key -> {
                int[] count = phrases.get(key);
                if (count != null) {
                    count[1]++;
                }
            });
        }
    }

    private int[][] encode(Tokenizer tokenizer, StopWords stopWords, List<ThemeItem> items) {
        int[][] encoded = new int[items.size()][];
        Encoder encoder = new Encoder();
        for (int i = 0; i < encoded.length; i++) {
            ThemeItem item = items.get(i);
            encoder.size = 0;
            tokenizer.words(item.text(), stopWords.of(item.lang()), encoder);
            encoded[i] = Arrays.copyOf(encoder.tokens, encoder.size);
        }
        return encoded;
    }

    /** One item's words as ids into {@link #words}, new words added; one pause for several in a row. */
    private final class Encoder implements Tokenizer.Words {

        int[] tokens = new int[256];
        int size;

        @Override
        public void word(String word) {
            add(ids.computeIfAbsent(word, w -> {
                words.add(w);
                return words.size() - 1;
            }));
        }

        @Override
        public void pause() {
            if (size > 0 && tokens[size - 1] != PAUSE) {
                add(PAUSE);
            }
        }

        private void add(int id) {
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
            }
            tokens[size++] = id;
        }
    }

    /** Per word id, in how many of {@code items} it occurs. */
    private int[] wordCounts(int[][] items) {
        int[] counts = new int[words.size()];
        int[] lastItem = new int[words.size()];
        Arrays.fill(lastItem, -1);
        for (int i = 0; i < items.length; i++) {
            for (int id : items[i]) {
                if (id != PAUSE && lastItem[id] != i) {
                    lastItem[id] = i;
                    counts[id]++;
                }
            }
        }
        return counts;
    }

    /** What is done with each distinct phrase of an item. */
    @FunctionalInterface
    interface PhraseAction {
        void accept(long key);
    }

    /** Calls {@code action} once for each distinct phrase of {@code tokens}; {@code seen} is scratch space. */
    static void forEachPhrase(int[] tokens, long[] seen, PhraseAction action) {
        int distinct = 0;
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i - 1] == PAUSE || tokens[i] == PAUSE) {
                continue;
            }
            long key = phrase(tokens[i - 1], tokens[i]);
            if (!contains(seen, distinct, key)) {
                if (distinct == seen.length) {
                    seen = Arrays.copyOf(seen, distinct * 2);
                }
                seen[distinct++] = key;
                action.accept(key);
            }
        }
    }

    private static boolean contains(long[] keys, int size, long key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }

    static long phrase(int first, int second) {
        return (long) first << 32 | second;
    }

    static int first(long phrase) {
        return (int) (phrase >>> 32);
    }

    static int second(long phrase) {
        return (int) phrase;
    }

    int wordCount() {
        return words.size();
    }

    String word(int id) {
        return words.get(id);
    }

    int wordNow(int id) {
        return wordsNow[id];
    }

    int wordBefore(int id) {
        return wordsBefore[id];
    }

    /** Every counted phrase with {@code {now, before}}; not to be changed. */
    Map<Long, int[]> phrases() {
        return phrases;
    }

    String phraseText(long key) {
        return word(first(key)) + ' ' + word(second(key));
    }

    /** The word ids of item {@code index} of the period, {@link #PAUSE} between phrases. */
    int[] tokensNow(int index) {
        return now[index];
    }
}
