package webcare.triage.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every keyword list compiled once, so that one pass over a text's words finds the hits of all
 * lists. A keyword is one or more words; a word ending in {@code *} matches every word starting
 * with it ("vergiftig*" finds "vergiftigd" and "vergiftiging"). Negation
 * words are kept as a set: a hit is negated when one of them is among the {@code negationWindow}
 * words before it in the same sentence. Immutable and thread-safe.
 */
public final class PhraseIndex {

    private record Phrase(Lexicon lexicon, String[] words, boolean[] prefix) {

        boolean matches(Tokens tokens, int at) {
            if (at + words.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                String word = tokens.word(at + k);
                if (prefix[k] ? !word.startsWith(words[k]) : !word.equals(words[k])) {
                    return false;
                }
            }
            return lexicon != Lexicon.QUESTION || tokens.sentenceStart(at);
        }
    }

    /** Keywords by their first word, when that word is matched whole. */
    private final Map<String, Phrase[]> byFirstWord;
    /** Keywords whose first word is a prefix, by its first letter (ASCII); others in the last slot. */
    private final Phrase[][] prefixedByLetter = new Phrase[129][];
    private final Set<String> negations;
    private final int negationWindow;

    /**
     * @param lists          the keywords of each list (NEGATION: single words)
     * @param negationWindow how many words before a hit are searched for a negation
     * @throws IllegalArgumentException naming the list key and the keyword when one has no word
     */
    public PhraseIndex(Map<Lexicon, List<String>> lists, int negationWindow) {
        Map<String, List<Phrase>> first = new HashMap<>();
        Map<Integer, List<Phrase>> prefixed = new HashMap<>();
        Set<String> negationWords = new HashSet<>();
        for (Map.Entry<Lexicon, List<String>> list : new EnumMap<>(lists).entrySet()) {
            for (String keyword : list.getValue()) {
                String[] parts = Fold.fold(keyword.strip()).split("\\s+");
                if (parts.length == 0 || parts[0].isEmpty() || parts[0].equals("*")) {
                    throw new IllegalArgumentException("'" + keyword + "' in " + list.getKey().key()
                            + " of etc/webcare.triage.cfg has no word: remove it");
                }
                if (list.getKey() == Lexicon.NEGATION) {
                    negationWords.add(parts[0].replace('’', '\''));
                    continue;
                }
                boolean[] prefix = new boolean[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    prefix[k] = parts[k].endsWith("*");
                    parts[k] = prefix[k] ? parts[k].substring(0, parts[k].length() - 1) : parts[k];
                }
                Phrase phrase = new Phrase(list.getKey(), parts, prefix);
                if (prefix[0]) {
                    char letter = parts[0].charAt(0);
                    prefixed.computeIfAbsent(letter < 128 ? (int) letter : 128, k -> new ArrayList<>()).add(phrase);
                } else {
                    first.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(phrase);
                }
            }
        }
        this.byFirstWord = new HashMap<>();
        first.forEach((word, phrases) -> byFirstWord.put(word, phrases.toArray(Phrase[]::new)));
        prefixed.forEach((letter, phrases) -> prefixedByLetter[letter] = phrases.toArray(Phrase[]::new));
        this.negations = Set.copyOf(negationWords);
        this.negationWindow = negationWindow;
    }

    /** Whether {@code word} (folded) is a negation word. */
    public boolean isNegation(String word) {
        return negations.contains(word);
    }

    /** The hits in {@code tokens}, per list; lists without hits are empty. */
    public Hits find(Tokens tokens) {
        Hits hits = new Hits();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.word(i);
            Phrase[] whole = byFirstWord.get(word);
            if (whole != null) {
                collect(whole, tokens, i, hits);
            }
            char letter = word.charAt(0);
            Phrase[] prefixed = prefixedByLetter[letter < 128 ? letter : 128];
            if (prefixed != null) {
                collect(prefixed, tokens, i, hits);
            }
        }
        return hits;
    }

    private void collect(Phrase[] phrases, Tokens tokens, int at, Hits hits) {
        for (Phrase phrase : phrases) {
            if (phrase.matches(tokens, at)) {
                hits.add(new Hit(phrase.lexicon(), at, at + phrase.words().length, negatedAt(tokens, at)));
            }
        }
    }

    /** True when a negation word stands within the window before word {@code at}, in its sentence. */
    public boolean negatedAt(Tokens tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - negationWindow; k--) {
            if (negations.contains(tokens.word(k))) {
                return true;
            }
            if (tokens.sentenceStart(k)) {
                return false;
            }
        }
        return false;
    }
}
