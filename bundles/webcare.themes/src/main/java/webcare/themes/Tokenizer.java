package webcare.themes;

import java.util.Set;

/**
 * The words of one text, lower case, and where a phrase must not run across ({@link Words#pause()}).
 * Left out, and a pause: links, e-mail addresses, @handles, words with a digit (order
 * numbers, times, prices), words shorter than 2 or longer than {@value #LONGEST} letters, stop
 * words, sentence punctuation and new lines. HTML tags and entities are skipped without a pause (within a
 * run without white space). A '#' is dropped and its word kept. Apostrophes and hyphens
 * inside a word stay ({@code zo'n}, {@code e-mail}); a curly apostrophe is read as a straight one.
 * Stateless and thread-safe.
 */
final class Tokenizer {

    /** Longer "words" are noise (hashes, keyboard mashing) and not worth a table row. */
    static final int LONGEST = 40;
    private static final String BREAKS = ".,;:!?()[]{}|/\\\u2026";

    /** What the words of a text go to, in order. */
    interface Words {

        void word(String word);

        /** Between the last word and the next no phrase may form. */
        void pause();
    }

    /** Hands the words of {@code text} to {@code words}, leaving out {@code stopWords}. */
    void words(String text, Set<String> stopWords, Words words) {
        StringBuilder word = new StringBuilder(24);
        int length = text.length();
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    words.pause(); // a new line is a new sentence
                }
                at++;
                continue;
            }
            int end = at;
            while (end < length && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            // one pass over the characters, no regular expression: a link, handle or address is a
            // whole run between spaces, told by its '@', "://" or leading "www."
            if (isSkipped(text, at, end)) {
                words.pause();
            } else {
                scan(text, at, end, stopWords, words, word);
            }
            at = end;
        }
    }

    private static boolean isSkipped(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == ':' && i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
        }
        return end - start > 4 && text.regionMatches(true, start, "www.", 0, 4);
    }

    /** The words of one run without white space. */
    private static void scan(String text, int start, int end, Set<String> stopWords, Words words,
            StringBuilder word) {
        int at = start;
        while (at < end) {
            char c = text.charAt(at);
            int markup = markupEnd(text, at, end);
            if (markup > at) {
                at = markup; // an HTML tag or entity in the text is no word
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (BREAKS.indexOf(c) >= 0) {
                    words.pause();
                }
                at++;
                continue;
            }
            word.setLength(0);
            boolean digit = false;
            while (at < end) {
                c = text.charAt(at);
                if (Character.isLetterOrDigit(c)) {
                    digit |= Character.isDigit(c);
                    word.append(Character.toLowerCase(c));
                } else if (isJoiner(c) && at + 1 < end && Character.isLetter(text.charAt(at + 1))) {
                    word.append(c == '-' ? '-' : '\'');
                } else {
                    break;
                }
                at++;
            }
            String term = word.toString();
            if (digit || term.length() < 2 || term.length() > LONGEST || stopWords.contains(term)) {
                words.pause();
                continue;
            }
            words.word(term);
        }
    }

    /**
     * Where the tag ({@code <b>}, {@code </p>}, {@code <br/>}) or entity ({@code &amp;},
     * {@code &#39;}) starting at {@code at} ends, within this run; {@code at} when none starts there.
     */
    private static int markupEnd(String text, int at, int end) {
        char c = text.charAt(at);
        if (c == '<' && at + 1 < end && (Character.isLetter(text.charAt(at + 1)) || text.charAt(at + 1) == '/')) {
            int close = text.indexOf('>', at);
            return close > 0 && close < end ? close + 1 : at;
        }
        if (c == '&') {
            for (int i = at + 1; i < end && i <= at + 8; i++) {
                char inside = text.charAt(i);
                if (inside == ';') {
                    return i > at + 1 ? i + 1 : at;
                }
                if (!Character.isLetterOrDigit(inside) && inside != '#') {
                    return at;
                }
            }
        }
        return at;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }
}
