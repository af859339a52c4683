package webcare.reply.tone;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a matched phrase is denied by the words right before it: "niet uw schuld", "not your
 * fault", "geen korting", "no refund". Strong negations count up to {@value #WINDOW} words back
 * ("niet echt uw schuld"); "geen" and "no" only right before the phrase, since "No, that's your
 * fault" still blames. The look-back stops at the start of the sentence.
 */
final class Negation {

    static final int WINDOW = 2;
    private static final Set<String> STRONG = Set.of("niet", "nooit", "allerminst", "nauwelijks", "not", "never",
            "hardly", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "can't",
            "cannot", "couldn't", "shouldn't", "wouldn't");
    private static final Set<String> DETERMINER = Set.of("geen", "no");

    private Negation() {
    }

    static boolean precedes(String text, int start) {
        int end = start;
        for (int back = 1; back <= WINDOW; back++) {
            int wordEnd = end;
            while (wordEnd > 0 && !isWordChar(text.charAt(wordEnd - 1))) {
                if (endsSentence(text.charAt(wordEnd - 1))) {
                    return false;
                }
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                return false;
            }
            String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT).replace('’', '\'');
            if (STRONG.contains(word) || back == 1 && DETERMINER.contains(word)) {
                return true;
            }
            end = wordStart;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n';
    }
}
