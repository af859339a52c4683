package webcare.analysis.text;

import java.util.Arrays;
import java.util.List;

/**
 * Turns tokens into the hashed features of the linear sentiment model: word unigrams and
 * bigrams, and character 3- and 4-grams of each word padded with {@code <} and {@code >}. A word
 * after a negator (until the clause ends) hashes differently, so {@code not good} and
 * {@code good} are different evidence. FNV-1a, so no feature strings are built; the same
 * code runs when training ({@code tools/}) and at run time, which is what keeps the weights valid.
 */
public final class FeatureHasher {

    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int UNIGRAM = 1;
    private static final int NEGATED_UNIGRAM = 2;
    private static final int BIGRAM = 3;
    private static final int CHARGRAM = 4;

    private final int mask;

    /** @param bits log2 of the number of buckets, 10 to 24 */
    public FeatureHasher(int bits) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("hash bits must be 10..24, not " + bits);
        }
        this.mask = (1 << bits) - 1;
    }

    public int buckets() {
        return mask + 1;
    }

    /**
     * @return the bucket of every feature of the tokens, repeats included (a feature seen twice
     *         counts twice); the array is exactly as long as the number of features
     */
    public int[] features(List<Token> tokens) {
        int[] out = new int[capacity(tokens)];
        int count = 0;
        int previous = 0;
        boolean negated = false;
        for (Token token : tokens) {
            if (ModifierWords.endsClause(token)) {
                negated = false;
            }
            String norm = token.norm();
            int word = hash(FNV_OFFSET, norm, 0, norm.length());
            out[count++] = mix(word, negated ? NEGATED_UNIGRAM : UNIGRAM) & mask;
            if (previous != 0) {
                out[count++] = mix(previous * 31 + word, BIGRAM) & mask;
            }
            previous = word;
            if (token.kind() == TokenKind.WORD || token.kind() == TokenKind.HASHTAG) {
                count = charGrams(norm, out, count);
                negated |= ModifierWords.isNegator(norm);
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    private static int capacity(List<Token> tokens) {
        int capacity = 0;
        for (Token token : tokens) {
            capacity += 2 + 2 * (token.norm().length() + 2);
        }
        return capacity;
    }

    /** Character 3- and 4-grams of {@code <word>}. */
    private int charGrams(String word, int[] out, int count) {
        int padded = word.length() + 2;
        for (int size = 3; size <= 4; size++) {
            for (int from = 0; from + size <= padded; from++) {
                int h = FNV_OFFSET;
                for (int k = from; k < from + size; k++) {
                    char c = k == 0 ? '<' : k == padded - 1 ? '>' : word.charAt(k - 1);
                    h = (h ^ c) * FNV_PRIME;
                }
                out[count++] = mix(h, CHARGRAM) & mask;
            }
        }
        return count;
    }

    private static int hash(int seed, String s, int from, int to) {
        int h = seed;
        for (int k = from; k < to; k++) {
            h = (h ^ s.charAt(k)) * FNV_PRIME;
        }
        return h;
    }

    /** Separates feature families and spreads the bits (murmur3's finaliser). */
    private static int mix(int h, int family) {
        h ^= family * 0x9E3779B9;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
