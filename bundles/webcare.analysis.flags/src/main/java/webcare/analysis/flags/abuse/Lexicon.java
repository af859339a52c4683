package webcare.analysis.flags.abuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import webcare.files.ListFiles;

/**
 * The abuse word lists, ready for look-ups by normalised token: single words (exact, or by prefix
 * for entries ending in {@code *}), censored spellings of them ({@code f*ck}, {@code k*t}) and
 * phrases by their first word. Immutable once built; safe to share between threads.
 */
final class Lexicon {

    /** What an entry says about a word; see the header of {@code abuse-nl.txt}. */
    enum Kind { PROFANITY, INSULT, AIMED, DISEASE, ALLOW }

    record Entry(Kind kind, String term, boolean prefix) {
    }

    /** A phrase: its words after the first, and the entry. */
    record Phrase(String[] rest, Entry entry) {
    }

    /** Shortest prefix entry: shorter ones would match half the language. */
    private static final int MIN_PREFIX = 3;
    /** Words up to this length also match with letters starred out. */
    private static final int MAX_CENSORED_LENGTH = 8;

    private final Map<String, Entry> exact = new HashMap<>();
    private final Map<String, List<Entry>> prefixes = new HashMap<>();
    private final Map<String, List<Phrase>> phrases = new HashMap<>();

    /**
     * Parses list lines into a lexicon; a line that is no entry goes to {@code problems}
     * with its place and is skipped. Later lines win over earlier ones for the same word.
     */
    static Lexicon of(List<ListFiles.Line> lines, Consumer<String> problems) {
        Lexicon lexicon = new Lexicon();
        List<Entry> censorable = new ArrayList<>();
        for (ListFiles.Line line : lines) {
            String problem = lexicon.add(line.text(), censorable);
            if (problem != null) {
                problems.accept(line.place() + ": " + problem + "; line skipped");
            }
        }
        for (Entry entry : censorable) {
            for (String variant : censored(entry.term())) {
                lexicon.exact.putIfAbsent(variant, entry);
            }
        }
        return lexicon;
    }

    private String add(String line, List<Entry> censorable) {
        String[] parts = line.split("\\s+");
        Kind kind;
        try {
            kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return "'" + parts[0] + "' is no kind: use profanity, insult, aimed, disease or allow, then the word(s)";
        }
        if (parts.length < 2) {
            return "'" + parts[0] + "' without a word: write the word(s) after the kind";
        }
        String[] words = new String[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            String word = parts[i].toLowerCase(Locale.ROOT);
            boolean last = i == parts.length - 1;
            String problem = checkWord(word, last && parts.length == 2);
            if (problem != null) {
                return problem;
            }
            words[i - 1] = word;
        }
        if (words.length > 1) {
            String[] rest = new String[words.length - 1];
            System.arraycopy(words, 1, rest, 0, rest.length);
            phrases.computeIfAbsent(words[0], first -> new ArrayList<>()).add(new Phrase(rest, new Entry(kind, String.join(" ", words), false)));
            return null;
        }
        String word = words[0];
        if (word.endsWith("*")) {
            String stem = word.substring(0, word.length() - 1);
            Entry entry = new Entry(kind, stem, true);
            prefixes.computeIfAbsent(stem.substring(0, MIN_PREFIX), key -> new ArrayList<>()).add(entry);
            exact.put(stem, entry);
            if (kind != Kind.ALLOW && stem.length() <= MAX_CENSORED_LENGTH) {
                censorable.add(entry);
            }
            return null;
        }
        Entry entry = new Entry(kind, word, false);
        exact.put(word, entry);
        if (kind != Kind.ALLOW && word.length() >= 3 && word.length() <= MAX_CENSORED_LENGTH) {
            censorable.add(entry);
        }
        return null;
    }

    private static String checkWord(String word, boolean mayBePrefix) {
        String letters = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
        if (word.endsWith("*") && !mayBePrefix) {
            return "'" + word + "': a * (any ending) only after a single word, not inside a phrase";
        }
        if (word.endsWith("*") && letters.length() < MIN_PREFIX) {
            return "'" + word + "': a word with * needs at least " + MIN_PREFIX + " letters before it";
        }
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
                return "'" + word + "': only letters, ' and - in a word (a * only at its end)";
            }
        }
        return null;
    }

    /** {@code term} with one run of inner letters starred out: f*ck, f**k, k*t. */
    private static List<String> censored(String term) {
        List<String> variants = new ArrayList<>();
        for (int from = 1; from < term.length() - 1; from++) {
            for (int to = from + 1; to <= term.length() - 1; to++) {
                variants.add(term.substring(0, from) + "*".repeat(to - from) + term.substring(to));
            }
        }
        return variants;
    }

    /**
     * The entry for a normalised word: exact, else the longest matching prefix; with letters
     * repeated for emphasis ({@code kuuuut}, {@code shiiit}) the runs are read as two, then as one.
     * An {@code allow} entry is returned as such, so the caller can leave the word alone.
     */
    Entry lookup(String word) {
        Entry found = lookupAsWritten(word);
        if (found != null || !hasTripleLetter(word)) {
            return found;
        }
        found = lookupAsWritten(collapse(word, 2));
        return found != null ? found : lookupAsWritten(collapse(word, 1));
    }

    private Entry lookupAsWritten(String word) {
        Entry entry = exact.get(word);
        if (entry != null || word.length() < MIN_PREFIX) {
            return entry;
        }
        List<Entry> candidates = prefixes.get(word.substring(0, MIN_PREFIX));
        if (candidates == null) {
            return null;
        }
        Entry best = null;
        for (Entry candidate : candidates) {
            if (word.startsWith(candidate.term()) && (best == null || candidate.term().length() > best.term().length())) {
                best = candidate;
            }
        }
        return best;
    }

    /** Phrases that start with {@code word}; empty when none. */
    List<Phrase> phrasesFrom(String word) {
        return phrases.getOrDefault(word, List.of());
    }

    private static boolean hasTripleLetter(String word) {
        for (int i = 2; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1) && word.charAt(i) == word.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** Every run of three or more equal characters cut to {@code keep}. */
    private static String collapse(String word, int keep) {
        StringBuilder out = new StringBuilder(word.length());
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && c == word.charAt(i - 1) ? run + 1 : 1;
            int runLength = runLength(word, i - run + 1);
            if (runLength < 3 || run <= keep) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int runLength(String word, int from) {
        int j = from;
        while (j < word.length() && word.charAt(j) == word.charAt(from)) {
            j++;
        }
        return j - from;
    }
}
