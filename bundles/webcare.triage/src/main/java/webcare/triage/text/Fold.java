package webcare.triage.text;

/**
 * Lower case without accents, so that "financiële", "Financiele" and "FINANCIËLE" are one word.
 * Covers Latin-1 and Latin Extended-A, which is what Dutch and English write.
 */
public final class Fold {

    /** The letters U+00C0–U+017F without their accents, lower case; '\0' where there is no plain letter. */
    private static final String PLAIN = ""
            + "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
            + "aaaaaaaceeeeiiiidnooooo\0ouuuuyty"
            + "aaaaaaccccccccddddeeeeeeeeeegggg"
            + "gggghhhhiiiiiiiiiiiijjkkklllllll"
            + "lllnnnnnnnnnoooooooorrrrrrssssss"
            + "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    private Fold() {}

    static void append(StringBuilder into, char c) {
        if (c < 0x80) {
            into.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            return;
        }
        if (c >= 0xC0 && c <= 0x17F) {
            char plain = PLAIN.charAt(c - 0xC0);
            if (plain != '\0') {
                into.append(plain);
                char second = second(c);
                if (second != '\0') {
                    into.append(second);
                }
                return;
            }
        }
        into.append(Character.toLowerCase(c));
    }

    /** The second letter of the ligatures: æ → ae, ß → ss, ĳ → ij, œ → oe. */
    private static char second(char c) {
        return switch (c) {
            case 'Æ', 'æ', 'Œ', 'œ' -> 'e';
            case 'ß' -> 's';
            case 'Ĳ', 'ĳ' -> 'j';
            default -> '\0';
        };
    }

    /** {@code text} folded as a whole: for keywords and fact words, so they compare with {@link Tokens}. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            append(out, text.charAt(i));
        }
        return out.toString();
    }
}
