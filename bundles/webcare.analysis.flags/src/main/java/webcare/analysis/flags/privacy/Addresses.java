package webcare.analysis.flags.privacy;

import java.util.List;
import java.util.Set;
import webcare.analysis.api.FlagType;

/**
 * Dutch addresses: a postcode ({@code 1234 AB}, {@code 1234AB}) together with a house number,
 * either street and number before it ({@code Kerkstraat 12, 1234 AB Amsterdam}: the span runs
 * from the street to the town) or the number after it ({@code 1234AB 12}). A postcode alone
 * names a street, not a home, and is not flagged.
 */
final class Addresses implements Recogniser {

    static final int RANK = 3;
    /** Lower-case words that may stand inside a street name: Laan van Meerdervoort, Oude Gracht aan de Vecht. */
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "'t", "aan", "op", "in", "bij", "la", "le");
    /** Not postcode letters (PostNL does not issue them). */
    private static final Set<String> UNUSED_LETTERS = Set.of("SA", "SD", "SS");
    private static final int MAX_STREET_WORDS = 4;
    private static final int MAX_TOWN_WORDS = 3;

    @Override
    public void find(String text, List<Candidate> found) {
        int length = text.length();
        for (int i = 0; i + 6 <= length; i++) {
            int end = postcodeEnd(text, i);
            if (end < 0) {
                continue;
            }
            int numberEnd = houseNumberAfter(text, end);
            if (numberEnd > 0) {
                found.add(new Candidate(FlagType.ADDRESS, i, numberEnd, "address: postcode and house number", RANK));
                i = numberEnd - 1;
                continue;
            }
            int streetStart = streetBefore(text, i);
            if (streetStart >= 0) {
                int townEnd = townAfter(text, end);
                found.add(new Candidate(FlagType.ADDRESS, streetStart, townEnd,
                        "address: street, house number and postcode", RANK));
                i = townEnd - 1;
            }
        }
    }

    /** The end of a postcode starting at {@code i}, or -1. */
    private static int postcodeEnd(String text, int i) {
        if (text.charAt(i) < '1' || text.charAt(i) > '9' || !Boundaries.freeBefore(text, i)) {
            return -1;
        }
        for (int k = 1; k < 4; k++) {
            if (!isDigit(text.charAt(i + k))) {
                return -1;
            }
        }
        int letters = i + 4;
        boolean spaced = text.charAt(letters) == ' ';
        if (spaced) {
            letters++;
        }
        if (letters + 2 > text.length()) {
            return -1;
        }
        char a = text.charAt(letters);
        char b = text.charAt(letters + 1);
        boolean upper = isUpper(a) && isUpper(b);
        // "1234ab" is a postcode typed in haste; "2024 en" is a year and a word
        boolean lower = !spaced && isLower(a) && isLower(b);
        int end = letters + 2;
        if (!(upper || lower) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                || UNUSED_LETTERS.contains(("" + a + b).toUpperCase(java.util.Locale.ROOT))) {
            return -1;
        }
        return end;
    }

    /** The end of a house number after the postcode ({@code " 12"}, {@code ", 12a"}, {@code " 12-3"}), or -1. */
    private static int houseNumberAfter(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == ',') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ' ') {
            return -1;
        }
        i++;
        int digits = i;
        while (i < text.length() && isDigit(text.charAt(i)) && i - digits < 5) {
            i++;
        }
        if (i == digits) {
            return -1;
        }
        i = suffix(text, i);
        return Boundaries.freeAfter(text, i) ? i : -1;
    }

    /** A letter or {@code -digits}/{@code -letter} after a house number: 12a, 12-A, 12-3. */
    private static int suffix(String text, int i) {
        if (i < text.length() && Character.isLetter(text.charAt(i))
                && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
            return i + 1;
        }
        if (i + 1 < text.length() && text.charAt(i) == '-' && Character.isLetterOrDigit(text.charAt(i + 1))) {
            int j = i + 1;
            while (j < text.length() && Character.isLetterOrDigit(text.charAt(j)) && j - i <= 3) {
                j++;
            }
            return j;
        }
        return i;
    }

    /**
     * The start of "Street 12[a][,] " ending just before the postcode at {@code postcode}, or -1:
     * a house number, then up to four words of which the one nearest the number starts with a
     * capital, the others capitals or particles.
     */
    private static int streetBefore(String text, int postcode) {
        int i = postcode;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == ',') {
            i--;
        }
        int numberEnd = i;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-') && numberEnd - i < 8) {
            i--;
        }
        if (i == numberEnd || !isDigit(text.charAt(i))) {
            return -1;
        }
        int start = -1;
        int words = 0;
        while (words < MAX_STREET_WORDS && i > 0 && text.charAt(i - 1) == ' ') {
            int wordEnd = i - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '\'')) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            String word = text.substring(wordStart, wordEnd);
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (capital) {
                start = wordStart;
            } else if (words == 0 || !PARTICLES.contains(word)) {
                break;
            }
            words++;
            i = wordStart;
        }
        return start;
    }

    /** The end of the town after a postcode (capitalised words, e.g. Den Haag), or {@code end} when none. */
    private static int townAfter(String text, int end) {
        int townEnd = end;
        int i = end;
        for (int words = 0; words < MAX_TOWN_WORDS; words++) {
            if (i + 1 >= text.length() || text.charAt(i) != ' ' || !Character.isUpperCase(text.charAt(i + 1))) {
                break;
            }
            int j = i + 1;
            while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            if (text.charAt(j - 1) == '-' || j < text.length() && Character.isDigit(text.charAt(j))) {
                break; // a code (ORD-123456), not a town
            }
            townEnd = j;
            i = j;
        }
        return townEnd;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
