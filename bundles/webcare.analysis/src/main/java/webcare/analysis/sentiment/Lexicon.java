package webcare.analysis.sentiment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webcare.analysis.text.Token;

/**
 * Words and phrases of one language with their valence on the AFINN scale (−5..5). Immutable once
 * built; lookups allocate only for phrases and inflected forms.
 */
public final class Lexicon {

    /** The longest phrase a lexicon may hold, in words. */
    public static final int MAX_PHRASE_WORDS = 3;

    private static final List<String> INTENSIFYING_PREFIXES = List.of("super", "mega", "kei", "reuze", "hyper",
            "ultra", "over", "oer", "bere", "dood", "snoei");
    private static final double COMPOUND_SCALE = 1.3;

    /** The shortest head a compound is read by: shorter heads are too often chance endings. */
    static final int MIN_COMPOUND_HEAD = 6;
    /** The shortest part before the head ({@code klant} in {@code klantvriendelijk}). */
    static final int MIN_COMPOUND_FRONT = 3;

    private final Map<String, Double> words = new HashMap<>();
    private final Map<String, Double> phrases = new HashMap<>();
    private final Set<String> phraseStarts = new HashSet<>();
    /** Dutch words that inflect and head compounds like adjectives; the others match only as written. */
    private final Set<String> adjectives = new HashSet<>();
    private final boolean dutch;

    /**
     * @param entries later maps override earlier ones (a team's list overrides the shipped ones)
     * @param plainWords the words of {@code entries} that are no adjectives (Dutch: most of the
     *        translated AFINN list), so they are never reached by stripping an ending or a compound's
     *        front: {@code eerste} is not {@code eer}, {@code moeder} not {@code moed}
     */
    Lexicon(boolean dutch, List<Map<String, Double>> entries, Set<String> plainWords) {
        this.dutch = dutch;
        for (Map<String, Double> map : entries) {
            map.forEach(this::put);
        }
        words.keySet().stream().filter(word -> !plainWords.contains(word)).forEach(adjectives::add);
    }

    private void put(String word, double score) {
        int space = word.indexOf(' ');
        if (space < 0) {
            words.put(word, score);
        } else {
            phrases.put(word, score);
            phraseStarts.add(word.substring(0, space));
        }
    }

    /** The shipped English list: AFINN-en-165. */
    static Map<String, Double> shippedEnglish() {
        return WordList.resource("afinn-en-165.tsv");
    }

    /**
     * The shipped Dutch list: the cleaned AFINN-nl-165 and Pattern's adjectives; where both have
     * a word, the mean of the two (two independent judgements of the same word); then this
     * bundle's own customer-feedback words, which replace theirs.
     */
    static Map<String, Double> shippedDutch() {
        Map<String, Double> merged = new HashMap<>(WordList.resource("afinn-nl-165.tsv"));
        WordList.resource("pattern-nl.tsv").forEach((word, score) -> merged.merge(word, score, (a, b) -> (a + b) / 2));
        merged.putAll(WordList.resource("webcare-nl.tsv"));
        return merged;
    }

    /**
     * The shipped Dutch words that are no adjectives: AFINN-nl's words that neither Pattern's
     * adjective list nor this bundle's list has (nouns and verbs such as {@code eer}, {@code hel},
     * {@code moed}, which inflection rules would otherwise find inside {@code eerste},
     * {@code hele}, {@code moeder}).
     */
    static Set<String> shippedDutchPlainWords() {
        Set<String> plain = new HashSet<>(WordList.resource("afinn-nl-165.tsv").keySet());
        plain.removeAll(WordList.resource("pattern-nl.tsv").keySet());
        plain.removeAll(WordList.resource("webcare-nl.tsv").keySet());
        return plain;
    }

    /**
     * The phrase starting at token {@code i}, longest first.
     *
     * @return the number of tokens the phrase covers (2 or 3), 0 when none; its valence in
     *         {@code valence[0]}
     */
    int phraseAt(List<Token> tokens, int i, double[] valence) {
        if (phrases.isEmpty() || !phraseStarts.contains(tokens.get(i).norm())) {
            return 0;
        }
        for (int length = Math.min(MAX_PHRASE_WORDS, tokens.size() - i); length >= 2; length--) {
            StringBuilder phrase = new StringBuilder(tokens.get(i).norm());
            for (int k = i + 1; k < i + length; k++) {
                phrase.append(' ').append(tokens.get(k).norm());
            }
            Double score = phrases.get(phrase.toString());
            if (score != null) {
                valence[0] = score;
                return length;
            }
        }
        return 0;
    }

    /**
     * The valence of a word: as written, then with stretched letters shortened
     * ({@code goooood}), then for Dutch its uninflected form ({@code slechte} → {@code slecht},
     * {@code grote} → {@code groot}, {@code mooiste} → {@code mooi}), then as an intensified
     * compound ({@code superlekker}), then by its head ({@code klantvriendelijk} →
     * {@code vriendelijk}: Dutch compounds take their meaning from their last part). Endings and
     * heads lead only to adjectives (see the constructor).
     *
     * @return the valence, or null when the word is not in the list
     */
    Double valence(String word) {
        Double score = words.get(word);
        if (score != null || word.length() < 3) {
            return score;
        }
        String shortened = shortenRuns(word);
        if (shortened != word && (score = words.get(shortened)) != null) {
            return score;
        }
        if (!dutch) {
            return null;
        }
        score = dutchBase(shortened);
        if (score == null) {
            score = intensifiedCompound(shortened);
        }
        return score != null ? score : compoundHead(shortened);
    }

    /**
     * A compound read by its longest head that is an adjective of the list, as written or
     * inflected: {@code gebruiksvriendelijk}, {@code overheerlijke}. A word shorter than a front
     * and a head has none.
     */
    private Double compoundHead(String word) {
        for (int front = MIN_COMPOUND_FRONT; word.length() - front >= MIN_COMPOUND_HEAD; front++) {
            String head = word.substring(front);
            Double score = adjective(head);
            if (score == null) {
                score = dutchBase(head);
            }
            if (score != null) {
                return score;
            }
        }
        return null;
    }

    private Double adjective(String word) {
        return adjectives.contains(word) ? words.get(word) : null;
    }

    /** Dutch writes an intensifier into the word: {@code superlekker}, {@code megatraag}, {@code keigoed}. */
    private Double intensifiedCompound(String word) {
        for (String prefix : INTENSIFYING_PREFIXES) {
            if (word.length() > prefix.length() + 2 && word.startsWith(prefix)) {
                String rest = word.substring(prefix.length());
                Double score = adjective(rest);
                if (score == null) {
                    score = dutchBase(rest);
                }
                return score == null ? null : score * COMPOUND_SCALE;
            }
        }
        return null;
    }

    private Double dutchBase(String word) {
        String stem = word;
        if (stem.endsWith("ste") && stem.length() > 5) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.endsWith("st") && stem.length() > 5) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("er") && stem.length() > 5) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("e") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 1);
        } else {
            return null;
        }
        Double score = adjective(stem);
        if (score != null) {
            return score;
        }
        int n = stem.length();
        if (n < 3) {
            return null;
        }
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        if (last == before && !isVowel(last)) {
            return adjective(stem.substring(0, n - 1)); // vette → vet
        }
        if (isVowel(before) && !isVowel(last) && !isVowel(stem.charAt(n - 3))) {
            // grote → groot, trage → traag: an open syllable spells its long vowel once
            return adjective(stem.substring(0, n - 1) + before + last);
        }
        return null;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Runs of three or more equal letters cut to two; the same instance when there are none. */
    private static String shortenRuns(String word) {
        int n = word.length();
        boolean run = false;
        for (int i = 2; i < n && !run; i++) {
            run = word.charAt(i) == word.charAt(i - 1) && word.charAt(i) == word.charAt(i - 2);
        }
        if (!run) {
            return word;
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            int len = out.length();
            if (len >= 2 && out.charAt(len - 1) == c && out.charAt(len - 2) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
