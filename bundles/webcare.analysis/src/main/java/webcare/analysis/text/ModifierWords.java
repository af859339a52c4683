package webcare.analysis.text;

import java.util.Map;
import java.util.Set;

/**
 * The words that change other words' sentiment rather than carry their own, for Dutch and
 * English. Shared by the lexicon rules and the model's features (a word after a negation is a
 * different feature), so both read negation the same way.
 */
public final class ModifierWords {

    /** Words that turn the next sentiment word around: {@code niet slecht}, {@code not bad}, {@code geen probleem}. */
    private static final Set<String> NEGATORS = Set.of(
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "cant",
            "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont", "wouldnt", "couldnt",
            "shouldnt", "aint", "havent", "hasnt", "hadnt", "nowhere",
            "niet", "geen", "nooit", "niemand", "niets", "niks", "nergens", "noch", "zonder", "allerminst",
            "geeneens", "nimmer");

    /**
     * How much a word before a sentiment word scales it: above 1 strengthens ({@code heel goed},
     * {@code really bad}), below 1 weakens ({@code een beetje duur}, {@code slightly late}).
     */
    private static final Map<String, Double> SCALERS = Map.ofEntries(
            Map.entry("very", 1.3), Map.entry("really", 1.3), Map.entry("so", 1.2), Map.entry("too", 1.2),
            Map.entry("extremely", 1.5), Map.entry("super", 1.4), Map.entry("totally", 1.3),
            Map.entry("absolutely", 1.4), Map.entry("incredibly", 1.5), Map.entry("completely", 1.3),
            Map.entry("utterly", 1.4), Map.entry("highly", 1.3), Map.entry("most", 1.2), Map.entry("truly", 1.3),
            Map.entry("especially", 1.2), Map.entry("terribly", 1.4), Map.entry("awfully", 1.4),
            Map.entry("quite", 1.1), Map.entry("such", 1.2), Map.entry("way", 1.2),
            Map.entry("heel", 1.3), Map.entry("erg", 1.3), Map.entry("zeer", 1.4), Map.entry("echt", 1.3),
            Map.entry("ontzettend", 1.5), Map.entry("enorm", 1.4), Map.entry("hartstikke", 1.4),
            Map.entry("bijzonder", 1.3), Map.entry("uiterst", 1.5), Map.entry("vreselijk", 1.5),
            Map.entry("verschrikkelijk", 1.5), Map.entry("mega", 1.4), Map.entry("zo", 1.2), Map.entry("te", 1.2),
            Map.entry("best", 1.1), Map.entry("behoorlijk", 1.2), Map.entry("bere", 1.4), Map.entry("kei", 1.4),
            Map.entry("slightly", 0.6), Map.entry("somewhat", 0.6), Map.entry("barely", 0.5),
            Map.entry("hardly", 0.5), Map.entry("fairly", 0.8), Map.entry("rather", 0.8), Map.entry("bit", 0.6),
            Map.entry("little", 0.6), Map.entry("kinda", 0.7), Map.entry("sorta", 0.7),
            Map.entry("beetje", 0.6), Map.entry("enigszins", 0.6), Map.entry("ietwat", 0.6),
            Map.entry("nauwelijks", 0.5), Map.entry("lichtelijk", 0.6), Map.entry("redelijk", 0.8),
            Map.entry("vrij", 0.9), Map.entry("tamelijk", 0.8));

    /**
     * Words after which the text turns: what follows counts more than what went before
     * ({@code het eten was lekker maar de bediening traag}).
     */
    private static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "yet",
            "maar", "echter", "hoewel", "alleen", "toch");

    /**
     * Words of a middling judgement: the writer found it ordinary, neither good nor bad
     * ({@code het eten was oké}, {@code gemiddeld}, {@code niets bijzonders}, {@code average}).
     * {@code bijzonders} and {@code speciaals} only occur after {@code niets}/{@code niks}.
     */
    private static final Set<String> MIDDLING = Set.of(
            "oké", "oke", "ok", "okay", "okee", "gemiddeld", "gemiddelde", "redelijk", "normaal", "correct",
            "degelijk", "aanvaardbaar", "acceptabel", "standaard", "doorsnee", "gangbaar", "bijzonders",
            "speciaals", "zozo", "average", "alright", "decent", "ordinary", "acceptable", "so-so");

    /** "Too": before a word that carries no sentiment of its own it is a complaint ({@code te laat}, {@code too small}). */
    private static final Set<String> EXCESS = Set.of("te", "too");

    private ModifierWords() {
    }

    public static boolean isNegator(String norm) {
        return NEGATORS.contains(norm) || norm.endsWith("n't");
    }

    /** @return the factor a modifier word applies, or 1 when it is none */
    public static double scale(String norm) {
        return SCALERS.getOrDefault(norm, 1.0);
    }

    public static boolean isMiddling(String norm) {
        return MIDDLING.contains(norm);
    }

    public static boolean isExcess(String norm) {
        return EXCESS.contains(norm);
    }

    public static boolean isContrast(String norm) {
        return CONTRASTS.contains(norm);
    }

    /** Whether punctuation ends the reach of a negation or modifier (a clause ends). */
    public static boolean endsClause(Token token) {
        return token.kind() == TokenKind.PUNCT && !token.norm().equals(":");
    }
}
