package webcare.analysis.language;

import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.text.Token;
import webcare.analysis.text.TokenKind;
import webcare.analysis.text.Tokenizer;

/**
 * Dutch, English or neither, by votes: each word that is a function word of a language votes
 * for it, letter groups typical of one language add small votes, and the platform's claimed
 * language adds {@link #HINT_VOTES}. Links, {@code @names}, hashtags, numbers and emoji do not
 * vote. A text with no words, or whose votes are too few for its length, or where German,
 * French or Spanish function words outnumber the winner's, is {@link #UNKNOWN}. Mixed texts go to
 * the language with more votes. About a microsecond per tweet; no dependencies, no I/O.
 */
@Component(service = LanguageDetector.class)
public final class ProfileLanguageDetector implements LanguageDetector {

    /** What the platform's claim is worth: it settles a tie or a near-tie, no more. */
    static final double HINT_VOTES = 1.5;
    /** The least evidence (in word votes) for an answer; a single short word is not enough. */
    static final double MIN_VOTES = 1.0;
    /** Share of the words that must be the winner's function words once a text has many words. */
    static final double MIN_COVERAGE = 0.12;
    private static final int COVERAGE_FROM_WORDS = 6;

    @Override
    public String detect(String text, String claimed) {
        List<Token> tokens = Tokenizer.tokenize(text);
        double dutch = 0;
        double english = 0;
        int dutchWords = 0;
        int englishWords = 0;
        int otherWords = 0;
        int words = 0;
        for (Token token : tokens) {
            if (token.kind() != TokenKind.WORD) {
                continue;
            }
            String word = token.norm();
            words++;
            boolean isDutch = LanguageProfiles.DUTCH_WORDS.contains(word);
            boolean isEnglish = LanguageProfiles.ENGLISH_WORDS.contains(word);
            if (isDutch) {
                dutch++;
                dutchWords++;
            }
            if (isEnglish) {
                english++;
                englishWords++;
            }
            if (!isDutch && !isEnglish && LanguageProfiles.OTHER_WORDS.contains(word)) {
                otherWords++;
            }
            double letters = letterGroups(word);
            if (letters > 0) {
                dutch += letters;
            } else {
                english -= letters;
            }
        }
        if (words == 0) {
            return UNKNOWN;
        }
        String hint = claimed == null ? "" : claimed.toLowerCase(Locale.ROOT);
        if (hint.startsWith(DUTCH)) {
            dutch += HINT_VOTES;
        } else if (hint.startsWith(ENGLISH)) {
            english += HINT_VOTES;
        }
        boolean dutchWins = dutch > english;
        double best = Math.max(dutch, english);
        int winnerWords = dutchWins ? dutchWords : englishWords;
        if (best < MIN_VOTES || dutch == english || otherWords > winnerWords) {
            return UNKNOWN;
        }
        if (words >= COVERAGE_FROM_WORDS && winnerWords < MIN_COVERAGE * words) {
            return UNKNOWN;
        }
        return dutchWins ? DUTCH : ENGLISH;
    }

    /** The letter-group votes of one word: positive for Dutch, negative for English. */
    static double letterGroups(String word) {
        double sum = 0;
        int padded = word.length() + 2;
        for (int from = 0; from < padded; from++) {
            long key = 0;
            for (int k = from; k < padded && k < from + LanguageProfiles.MAX_GROUP; k++) {
                char c = k == 0 ? '<' : k == padded - 1 ? '>' : word.charAt(k - 1);
                key = key << 16 | c;
                sum += LanguageProfiles.vote(key);
            }
        }
        // a long word should not outvote a sentence of function words
        return Math.max(-1.0, Math.min(1.0, sum));
    }
}
