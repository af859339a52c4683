package webcare.triage.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an item is about, as content words: words of four letters or more, without digits, that
 * are not function words of Dutch or English, not negations, not sentiment cues and not in the
 * ignore list (the organisation's own name, "klantenservice"). Two items are about the same
 * subject when they share enough of them. Immutable and thread-safe.
 */
public final class Subject {

    /** Most content words kept per item: enough to tell subjects apart, few enough to look up fast. */
    public static final int MAX_TERMS = 16;

    private static final Set<String> FUNCTION_WORDS = Set.copyOf(Arrays.asList(("aan als alle alles alleen altijd "
            + "andere bent "
            + "beter bijna daar daarom dan dat deze die dit door doen echt even geen gaan gaat gedaan geweest "
            + "had hebben heb heeft hier hij hoe iets ieder jullie kan kunnen kun maar meer mijn moet moeten "
            + "naar niet niets nog nooit omdat onder ons onze ook over toch tot uit veel voor waar want was "
            + "waren wat weer welke werd wordt worden zal zelf zich zien zijn zoals zonder zou zouden zelfs "
            + "about after again also been before being both cannot could does doing done down each even every "
            + "from have having here into just like made make many more most much must only other ours over "
            + "same should some such than that their them then there these they this those through very want "
            + "were what when where which while will with would your yours youre thats dont still really").split(" ")));

    private Subject() {}

    /** Whether {@code word} (folded) can carry a subject. */
    public static boolean isContentWord(String word) {
        if (word.length() < 4 || FUNCTION_WORDS.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The content words of {@code tokens} in text order, without repeats, at most {@link #MAX_TERMS}.
     *
     * @param ignored folded words never to count (the ignore list); {@code index} adds its negations
     * @param cues    folded sentiment cues of the item, not counted either
     */
    public static List<String> terms(Tokens tokens, Set<String> ignored, Set<String> cues, PhraseIndex index) {
        List<String> terms = new ArrayList<>(Math.min(MAX_TERMS, tokens.size()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size() && terms.size() < MAX_TERMS; i++) {
            String word = tokens.word(i);
            if (isContentWord(word) && !ignored.contains(word) && !cues.contains(word)
                    && !index.isNegation(word) && seen.add(word)) {
                terms.add(word);
            }
        }
        return terms;
    }
}
