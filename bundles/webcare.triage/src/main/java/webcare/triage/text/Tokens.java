package webcare.triage.text;

import java.util.Arrays;

/**
 * The words of a text, lower case with accents folded, each with its place in the original
 * text. HTML tags and entities, web addresses and @handles are skipped; a number followed by
 * "%", "procent" or "percent" is one word ("50%"). Not thread-safe while being built.
 */
public final class Tokens {

    private String[] words = new String[32];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] sentenceStarts = new boolean[32];
    private boolean[] capitals = new boolean[32];
    private int size;
    private int questionMark = -1;

    void add(String word, int start, int end, boolean sentenceStart, boolean capital) {
        if (size == words.length) {
            int grown = size * 2;
            words = Arrays.copyOf(words, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            sentenceStarts = Arrays.copyOf(sentenceStarts, grown);
            capitals = Arrays.copyOf(capitals, grown);
        }
        words[size] = word;
        starts[size] = start;
        ends[size] = end;
        sentenceStarts[size] = sentenceStart;
        capitals[size] = capital;
        size++;
    }

    /** Joins the last word with the one before it (a number and "procent"). */
    void mergeLast(String word) {
        size--;
        words[size - 1] = word;
        ends[size - 1] = ends[size];
    }

    void questionMarkAt(int index) {
        if (questionMark < 0) {
            questionMark = index;
        }
    }

    public int size() {
        return size;
    }

    public String word(int i) {
        return words[i];
    }

    /** Where word {@code i} starts in the original text. */
    public int start(int i) {
        return starts[i];
    }

    /** One past where word {@code i} ends in the original text. */
    public int end(int i) {
        return ends[i];
    }

    /** True when word {@code i} opens a sentence (first word, or after . ! ? or a line break). */
    public boolean sentenceStart(int i) {
        return sentenceStarts[i];
    }

    /** True when word {@code i} was written with a capital first letter. */
    public boolean capital(int i) {
        return capitals[i];
    }

    /** Where the first question mark outside web addresses is; −1 when none. */
    public int questionMark() {
        return questionMark;
    }
}
