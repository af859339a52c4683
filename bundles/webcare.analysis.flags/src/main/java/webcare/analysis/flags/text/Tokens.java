package webcare.analysis.flags.text;

import java.util.Arrays;

/**
 * The words of a text with their exact UTF-16 spans, a normalised form for list look-ups, the
 * sentence each belongs to and whether it stands inside double quotes. Normalised means lower
 * case, simple leetspeak undone ({@code sh1t}, {@code k4nker}, {@code @ss}) and a leading
 * {@code @}/{@code #} dropped; censoring stars stay, repeated letters stay (the look-up tries
 * shorter runs itself). One pass over the text, no regular expressions: any input stays linear.
 */
public final class Tokens {

    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] words = new String[32];
    private int[] sentences = new int[32];
    private boolean[] quoted = new boolean[32];

    private Tokens() {
    }

    /** Splits {@code text} (never null) into tokens. */
    public static Tokens of(String text) {
        Tokens tokens = new Tokens();
        int sentence = 0;
        boolean inQuote = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isWordChar(c) || (c == '@' || c == '#' || c == '$') && i + 1 < length && isWordChar(text.charAt(i + 1))) {
                int start = i;
                i++;
                while (i < length && (isWordChar(text.charAt(i)) || isInnerJoin(text, i))) {
                    i++;
                }
                tokens.add(text, start, i, sentence, inQuote);
                continue;
            }
            if (isQuote(c)) {
                inQuote = !inQuote;
                if (!inQuote) {
                    sentence++; // what follows a quote is the speaker's own words again
                }
            } else if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\r') {
                sentence++;
            }
            i++;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '*';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** An apostrophe, {@code @}, {@code $} or {@code !} between word characters: you're, zo'n, @ss, sh!t. */
    private static boolean isInnerJoin(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '’' && c != '@' && c != '$' && c != '!') {
            return false;
        }
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    private void add(String text, int start, int end, int sentence, boolean inQuote) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            words = Arrays.copyOf(words, size);
            sentences = Arrays.copyOf(sentences, size);
            quoted = Arrays.copyOf(quoted, size);
        }
        starts[count] = start;
        ends[count] = end;
        words[count] = normalise(text, start, end);
        sentences[count] = sentence;
        quoted[count] = inQuote;
        count++;
    }

    /** Lower case, leetspeak undone when the word also has letters, apostrophes unified. */
    static String normalise(String text, int start, int end) {
        int from = start;
        char first = text.charAt(from);
        if ((first == '@' || first == '#') && end - from > 1) {
            from++;
        }
        char[] word = new char[end - from];
        boolean letters = false;
        boolean leet = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                letters = true;
            } else if (c >= 'a' && c <= 'z') {
                letters = true;
            } else if (c >= 128) {
                c = Character.toLowerCase(c);
                letters |= Character.isLetter(c);
                leet |= c == '’';
            } else {
                leet = true;
            }
            word[i - from] = c;
        }
        if (letters && leet) {
            for (int i = 0; i < word.length; i++) {
                word[i] = unleet(word[i]);
            }
        }
        return new String(word);
    }

    private static char unleet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '’' -> '\'';
            default -> c;
        };
    }

    public int size() {
        return count;
    }

    public int start(int index) {
        return starts[index];
    }

    public int end(int index) {
        return ends[index];
    }

    /** The normalised word. */
    public String word(int index) {
        return words[index];
    }

    /** Sentence number: sentence punctuation, line breaks and closing quotes start a new one. */
    public int sentence(int index) {
        return sentences[index];
    }

    /** True when the token stands between double quotes: someone else's words, quoted. */
    public boolean quoted(int index) {
        return quoted[index];
    }

    /** True when {@code index} is a token and {@code word} equals its normalised form. */
    public boolean is(int index, String word) {
        return index >= 0 && index < count && words[index].equals(word);
    }
}
