package webcare.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a social-media text into {@link Token}s with exact character spans. One pass, no regular
 * expressions, no state: safe from any thread. HTML tags and character entities ({@code <br>},
 * {@code &amp;}) are skipped, so markup never scores. The same cut feeds the lexicon rules, the
 * language profiles and the model's feature hashing, at run time and when training.
 */
public final class Tokenizer {

    private static final int MAX_TAG_LENGTH = 300;
    private static final int MAX_ENTITY_LENGTH = 10;

    private Tokenizer() {
    }

    /** @param text any text, may be empty; null counts as empty */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int next;
            if (Character.isWhitespace(c)) {
                next = i + 1;
            } else if ((next = skipMarkup(text, i)) > i) {
                // tag or entity: nothing to say
            } else if ((next = url(text, i)) > i) {
                tokens.add(new Token(i, next, TokenKind.URL, "<url>"));
            } else if ((next = emoticon(text, i)) > i) {
                tokens.add(new Token(i, next, TokenKind.EMOTICON, text.substring(i, next)));
            } else if (c == '@' && i + 1 < n && isNameChar(text.charAt(i + 1))) {
                next = i + 1;
                while (next < n && isNameChar(text.charAt(next))) {
                    next++;
                }
                tokens.add(new Token(i, next, TokenKind.MENTION, "@user"));
            } else if (c == '#' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                next = wordEnd(text, i + 1);
                tokens.add(new Token(i, next, TokenKind.HASHTAG, lower(text, i + 1, next)));
            } else if (Character.isLetterOrDigit(c)) {
                next = wordEnd(text, i);
                tokens.add(new Token(i, next, digitsOnly(text, i, next) ? TokenKind.NUMBER : TokenKind.WORD,
                        lower(text, i, next)));
            } else if ((next = emoji(text, i)) > i) {
                tokens.add(new Token(i, next, TokenKind.EMOJI, emojiNorm(text, i, next)));
            } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
                next = i + 1;
                tokens.add(new Token(i, next, TokenKind.PUNCT, String.valueOf(c)));
            } else {
                next = i + Character.charCount(text.codePointAt(i));
            }
            i = next;
        }
        return tokens;
    }

    /** End of an HTML tag ({@code <b>}, {@code </p>}, {@code <!-- -->}) or entity starting at i, else i. */
    private static int skipMarkup(String text, int i) {
        char c = text.charAt(i);
        int n = text.length();
        if (c == '<' && i + 1 < n) {
            char first = text.charAt(i + 1);
            if (Character.isLetter(first) || first == '/' || first == '!') {
                for (int j = i + 2; j < n && j - i < MAX_TAG_LENGTH; j++) {
                    char d = text.charAt(j);
                    if (d == '>') {
                        return j + 1;
                    }
                    if (d == '<') {
                        return i;
                    }
                }
            }
        } else if (c == '&' && i + 2 < n) {
            for (int j = i + 1; j < n && j - i <= MAX_ENTITY_LENGTH; j++) {
                char d = text.charAt(j);
                if (d == ';') {
                    return j > i + 1 ? j + 1 : i;
                }
                if (!(Character.isLetterOrDigit(d) || (d == '#' && j == i + 1))) {
                    return i;
                }
            }
        }
        return i;
    }

    private static int url(String text, int i) {
        if (!(text.startsWith("http", i) || text.startsWith("HTTP", i) || text.startsWith("www.", i))) {
            return i;
        }
        boolean scheme = text.startsWith("://", i + 4) || text.startsWith("s://", i + 4);
        if (!scheme && !text.startsWith("www.", i)) {
            return i;
        }
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * End of an emoticon starting at i, else i. Western faces: eyes {@code : ; =} (or {@code 8 x X}
     * not glued to a word; {@code 8} only with a nose, so a numbered {@code 8)} stays text), an optional nose {@code - ' ^ o}, a mouth, the mouth repeatable
     * ({@code :-)))}); reversed faces {@code (: )-:}; hearts {@code <3}; {@code \o/}. The character
     * after it may not be a letter or digit, so {@code Note:Some} and {@code 10:30} stay text.
     */
    private static int emoticon(String text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        int end = i;
        if (c == '<' && i + 1 < n && text.charAt(i + 1) == '3') {
            end = i + 2;
            while (end < n && text.charAt(end) == '3') {
                end++;
            }
        } else if (c == '\\' && text.startsWith("\\o/", i)) {
            end = i + 3;
        } else if (c == ':' || c == ';' || c == '=' || c == '8' || c == 'x' || c == 'X') {
            boolean gluedEyes = c == '8' || c == 'x' || c == 'X';
            if (gluedEyes && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                return i;
            }
            int j = i + 1;
            boolean nose = j < n && "-'^o".indexOf(text.charAt(j)) >= 0 && j + 1 < n && isMouth(text.charAt(j + 1));
            if (nose) {
                j++;
            }
            if (j >= n || !isMouth(text.charAt(j))) {
                return i;
            }
            char mouth = text.charAt(j);
            if (gluedEyes && mouth != 'D' && !(c == '8' && nose && (mouth == ')' || mouth == '('))) {
                return i;
            }
            end = j + 1;
            if (mouth == ')' || mouth == '(') {
                while (end < n && text.charAt(end) == mouth) {
                    end++;
                }
            }
        } else if ((c == '(' || c == ')') && i + 1 < n) {
            int j = i + 1;
            if (text.charAt(j) == '-' && j + 1 < n) {
                j++;
            }
            char eyes = text.charAt(j);
            if (eyes != ':' && eyes != ';') {
                return i;
            }
            end = j + 1;
        }
        if (end == i || (end < n && Character.isLetterOrDigit(text.charAt(end)))) {
            return i;
        }
        return end;
    }

    private static boolean isMouth(char c) {
        return ")(][DPpSs/\\|*}{Oo@$".indexOf(c) >= 0;
    }

    /** End of one emoji cluster (with skin tone, variation selector, ZWJ sequence, flag pair) at i, else i. */
    private static int emoji(String text, int i) {
        int cp = text.codePointAt(i);
        if (!isEmoji(cp)) {
            return i;
        }
        int n = text.length();
        int j = i + Character.charCount(cp);
        boolean flag = cp >= 0x1F1E6 && cp <= 0x1F1FF;
        while (j < n) {
            int d = text.codePointAt(j);
            if (d == 0xFE0F || d == 0xFE0E || (d >= 0x1F3FB && d <= 0x1F3FF) || d == 0x20E3) {
                j += Character.charCount(d);
            } else if (d == 0x200D && j + 1 < n && isEmoji(text.codePointAt(j + 1))) {
                j += 1 + Character.charCount(text.codePointAt(j + 1));
            } else if (flag && d >= 0x1F1E6 && d <= 0x1F1FF) {
                j += Character.charCount(d);
                flag = false;
            } else {
                break;
            }
        }
        return j;
    }

    /** Pictographic code points: the emoji blocks, dingbats, misc symbols and arrows, stars and hearts. */
    static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2300 && cp <= 0x23FF) || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139;
    }

    private static String emojiNorm(String text, int start, int end) {
        StringBuilder norm = new StringBuilder(end - start);
        for (int j = start; j < end; ) {
            int d = text.codePointAt(j);
            if (!(d == 0xFE0F || d == 0xFE0E || (d >= 0x1F3FB && d <= 0x1F3FF))) {
                norm.appendCodePoint(d);
            }
            j += Character.charCount(d);
        }
        return norm.toString();
    }

    /** Letters, digits and marks; an apostrophe, hyphen or (between digits) dot or comma inside. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '\'' || c == '’' || c == '-') && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))
                    && j > i) {
                j++;
            } else if ((c == '.' || c == ',') && j > i && j + 1 < n && Character.isDigit(text.charAt(j - 1))
                    && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean digitsOnly(String text, int start, int end) {
        for (int j = start; j < end; j++) {
            char c = text.charAt(j);
            if (!(Character.isDigit(c) || c == '.' || c == ',')) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return word.indexOf('’') >= 0 ? word.replace('’', '\'') : word;
    }
}
