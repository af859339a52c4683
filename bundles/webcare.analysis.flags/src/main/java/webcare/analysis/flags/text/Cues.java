package webcare.analysis.flags.text;

import java.util.Set;

/** Words that change what a matched phrase means: who it is aimed at, whether it is negated. */
public final class Cues {

    private Cues() {
    }

    /** Words that address the reader on their own. */
    private static final Set<String> SECOND_PERSON = Set.of("jij", "jullie", "you", "ya", "ur", "you're", "youre",
            "y'all", "yall", "u're");
    /** Negations, Dutch and English, as normalised tokens. */
    private static final Set<String> NEGATIONS = Set.of("niet", "nooit", "geen", "never", "not", "no", "won't", "wont",
            "don't", "dont", "wouldn't", "wouldnt", "didn't", "didnt", "isn't", "aren't", "can't", "cant", "cannot",
            "shouldn't", "ain't", "nobody", "niemand");

    /**
     * The index of the first token of a cue that aims the word at {@code index} at the reader, or
     * -1: "jij", "you", "ur" within four tokens before it in the same sentence, or the pairs
     * "je bent", "ben je", "u bent", "bent u", "wat een", "what a(n)", and "stelletje"/"stel".
     * A cue right after the word ("… zoals jij", "… like you") aims it too; the index is then the word's.
     */
    public static int addressee(Tokens tokens, int index) {
        int before = addresseeBefore(tokens, index);
        if (before >= 0) {
            return before;
        }
        int sentence = tokens.sentence(index);
        int next = index + 1;
        if (next + 1 < tokens.size() && tokens.sentence(next + 1) == sentence
                && (tokens.is(next, "zoals") && SECOND_PERSON_AFTER.contains(tokens.word(next + 1))
                    || tokens.is(next, "like") && tokens.is(next + 1, "you"))) {
            return index;
        }
        return -1;
    }

    /** Who "zoals" points at when it aims a word at the reader. */
    private static final Set<String> SECOND_PERSON_AFTER = Set.of("jij", "jou", "u", "jullie");

    private static int addresseeBefore(Tokens tokens, int index) {
        int sentence = tokens.sentence(index);
        for (int back = 1; back <= 4; back++) {
            int i = index - back;
            if (i < 0 || tokens.sentence(i) != sentence) {
                return -1;
            }
            String word = tokens.word(i);
            if (SECOND_PERSON.contains(word) || word.equals("stelletje") || word.equals("stel")) {
                return i;
            }
            String next = i + 1 < index ? tokens.word(i + 1) : "";
            if ((word.equals("je") || word.equals("u")) && next.equals("bent")
                    || word.equals("ben") && next.equals("je") || word.equals("bent") && next.equals("u")
                    || word.equals("wat") && next.equals("een") || word.equals("what") && (next.equals("a") || next.equals("an"))) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isNegation(String word) {
        return NEGATIONS.contains(word);
    }
}
