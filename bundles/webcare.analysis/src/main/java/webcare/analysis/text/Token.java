package webcare.analysis.text;

/**
 * A piece of text: characters {@code start} (inclusive) to {@code end} (exclusive) of the text it
 * was cut from, its kind and its normalised form (lower case for words).
 */
public record Token(int start, int end, TokenKind kind, String norm) {

    /** Whether the token is a word written in capitals only ({@code "BAD"}, not {@code "A"} or {@code "Bad"}). */
    public boolean allCaps(String text) {
        if (kind != TokenKind.WORD || end - start < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }
}
