package webcare.analysis.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import webcare.analysis.api.Cue;
import webcare.analysis.text.ModifierWords;
import webcare.analysis.text.Token;
import webcare.analysis.text.TokenKind;

/**
 * The rule-based half of the analyser: sums the valence of the words, phrases, emoticons and emoji
 * it knows, after these rules (in the spirit of VADER, Hutto &amp; Gilbert 2014):
 * <ul>
 * <li>a negator up to {@value #REACH} tokens before a word, in the same clause, turns it around
 *     and weakens it ({@value #NEGATION}×: {@code niet slecht} is mildly positive);</li>
 * <li>an intensifier or diminisher just before (or two before) scales it ({@link ModifierWords#scale});
 *     such a word scores on its own only when no sentiment word follows ({@code super!});</li>
 * <li>a word in capitals in a text that is not all capitals counts {@value #CAPS}×;</li>
 * <li>after a contrast word ({@code maar}, {@code but}) words count {@value #AFTER_CONTRAST}×,
 *     before it {@value #BEFORE_CONTRAST}×;</li>
 * <li>{@code te}/{@code too} before a word without sentiment of its own ({@code te laat},
 *     {@code too small}) scores {@value #EXCESS} for the pair: in feedback, "too" is a complaint;
 *     not before a Dutch infinitive ({@code om te eten});</li>
 * <li>each {@code !} (at most {@value #MAX_EXCLAMATIONS}) adds {@value #EXCLAMATION} in the
 *     direction of the sum;</li>
 * <li>a middling word ({@link ModifierWords#isMiddling}: {@code oké}, {@code gemiddeld},
 *     {@code niets bijzonders}), not negated and not modifying a sentiment word, scores nothing
 *     itself; the result says it was there ({@link SentimentEngine} weakens the text's score).</li>
 * </ul>
 * The sum {@code s} (AFINN units) becomes a score {@code s / sqrt(s² + 15)} in −1..1.
 */
final class LexiconScorer {

    static final int REACH = 3;
    static final double NEGATION = -0.74;
    static final double CAPS = 1.25;
    static final double AFTER_CONTRAST = 1.5;
    static final double BEFORE_CONTRAST = 0.5;
    static final double EXCLAMATION = 0.3;
    static final double EXCESS = -1.5;
    static final int MAX_EXCLAMATIONS = 4;
    /** How quickly the sum saturates; 15 is VADER's choice for sums of this scale. */
    static final double NORMALISER = 15;
    /** AFINN units per unit of cue weight: a cue's weight is its valence on −1..1. */
    static final double AFINN_MAX = 5;

    private final Map<String, Double> symbols;

    /** @param symbols emoticons and emoji with their valence, the same in every language */
    LexiconScorer(Map<String, Double> symbols) {
        this.symbols = symbols;
    }

    /**
     * The outcome: the raw sum, the score in −1..1, the cues, how many things scored (a middling
     * word does not: it is evidence of no leaning), and whether a middling word was found.
     */
    record Result(double sum, double score, List<Cue> cues, int hits, boolean middling) {
        static final Result NONE = new Result(0, 0, List.of(), 0, false);
    }

    /** @param lexicon the language's words, or null to score emoticons and emoji only */
    Result score(String text, List<Token> tokens, Lexicon lexicon) {
        int n = tokens.size();
        int contrast = lastContrast(tokens);
        boolean shouting = mostlyCaps(text, tokens);
        List<Cue> cues = new ArrayList<>();
        List<Cue> modifiers = new ArrayList<>();
        double sum = 0;
        int hits = 0;
        boolean middling = false;
        double[] phraseValence = new double[1];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            TokenKind kind = token.kind();
            if (kind == TokenKind.EMOTICON || kind == TokenKind.EMOJI) {
                Double valence = symbols.get(token.norm());
                if (valence != null) {
                    sum += valence;
                    hits++;
                    cues.add(cue(text, token.start(), token.end(), valence, ""));
                }
                continue;
            }
            if (lexicon == null || (kind != TokenKind.WORD && kind != TokenKind.HASHTAG)) {
                continue;
            }
            if (middling(tokens, i, lexicon)) {
                middling = true;
                modifiers.add(new Cue(token.start(), token.end(), text.substring(token.start(), token.end()), 0,
                        "middling judgement"));
                continue;
            }
            int length = lexicon.phraseAt(tokens, i, phraseValence);
            Double found = length > 0 ? Double.valueOf(phraseValence[0]) : lexicon.valence(token.norm());
            if (found == null && ModifierWords.isExcess(token.norm()) && excessive(tokens, i + 1, lexicon)) {
                found = EXCESS;
                length = 2;
            }
            if (found == null) {
                continue;
            }
            int last = i + Math.max(length, 1) - 1;
            if (found == 0) {
                i = last; // listed as neutral ("kind of", a team's word): it and its words say nothing
                continue;
            }
            if (length == 0 && ModifierWords.scale(token.norm()) != 1.0 && nextScores(tokens, i, 2, lexicon)) {
                continue; // "heel" in "heel goed" modifies; it does not score itself
            }
            if (length == 0 && ModifierWords.isNegator(token.norm()) && nextScores(tokens, i, REACH, lexicon)) {
                continue; // "no" in "no problem" turns "problem" around; it is not a complaint itself
            }
            double valence = found;
            StringBuilder note = new StringBuilder();
            valence = applyModifiers(text, tokens, i, valence, note, modifiers);
            if (!shouting && capitals(text, tokens, i, last)) {
                valence *= CAPS;
                append(note, "in capitals");
            }
            if (contrast >= 0) {
                boolean after = i > contrast;
                valence *= after ? AFTER_CONTRAST : BEFORE_CONTRAST;
                append(note, (after ? "after '" : "before '") + tokens.get(contrast).norm() + "'");
            }
            sum += valence;
            hits++;
            cues.add(cue(text, token.start(), tokens.get(last).end(), valence, note.toString()));
            i = last;
        }
        if (hits == 0 && !middling) {
            return Result.NONE;
        }
        sum = exclaim(text, tokens, sum, modifiers);
        cues.sort((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
        cues.addAll(modifiers);
        return new Result(sum, sum / Math.sqrt(sum * sum + NORMALISER), cues, hits, middling);
    }

    /**
     * Whether token i is a middling judgement: a middling word that no negator before it in the
     * clause turns into a complaint ({@code niet normaal}) and that does not modify a sentiment
     * word after it ({@code redelijk goed}).
     */
    private static boolean middling(List<Token> tokens, int i, Lexicon lexicon) {
        String norm = tokens.get(i).norm();
        if (!ModifierWords.isMiddling(norm) || nextScores(tokens, i, 1, lexicon)) {
            return false;
        }
        for (int back = 1; back <= REACH && i - back >= 0; back++) {
            Token before = tokens.get(i - back);
            if (ModifierWords.endsClause(before)) {
                break;
            }
            if (ModifierWords.isNegator(before.norm())) {
                return false;
            }
        }
        return true;
    }

    /** Negation and scaling by the words before token i, within the clause; records them as cues. */
    private static double applyModifiers(String text, List<Token> tokens, int i, double valence, StringBuilder note,
            List<Cue> modifiers) {
        String word = tokens.get(i).norm();
        for (int back = 1; back <= REACH && i - back >= 0; back++) {
            Token before = tokens.get(i - back);
            if (ModifierWords.endsClause(before)) {
                break;
            }
            String norm = before.norm();
            if (ModifierWords.isNegator(norm)) {
                valence *= NEGATION;
                append(note, "negated by '" + norm + "'");
                modifiers.add(new Cue(before.start(), before.end(), text.substring(before.start(), before.end()), 0,
                        "negates '" + word + "'"));
                break;
            }
            double scale = ModifierWords.scale(norm);
            if (scale != 1.0 && back <= 2) {
                valence *= scale;
                append(note, (scale > 1 ? "strengthened by '" : "weakened by '") + norm + "'");
                modifiers.add(new Cue(before.start(), before.end(), text.substring(before.start(), before.end()), 0,
                        (scale > 1 ? "strengthens '" : "weakens '") + word + "'"));
            }
        }
        return valence;
    }

    /** Whether token k is a plain word without sentiment (unlisted or listed as 0, not an infinitive) that "too" can qualify. */
    private static boolean excessive(List<Token> tokens, int k, Lexicon lexicon) {
        if (k >= tokens.size() || tokens.get(k).kind() != TokenKind.WORD) {
            return false;
        }
        String word = tokens.get(k).norm();
        if (word.endsWith("en") || ModifierWords.scale(word) != 1.0) {
            return false;
        }
        for (int c = 0; c < word.length(); c++) {
            if (!Character.isLetter(word.charAt(c))) {
                return false;
            }
        }
        Double valence = lexicon.valence(word);
        return valence == null || valence == 0;
    }

    /** Whether a word with a valence follows token i within {@code reach} words, no punctuation between. */
    private static boolean nextScores(List<Token> tokens, int i, int reach, Lexicon lexicon) {
        for (int k = i + 1; k < tokens.size() && k <= i + reach; k++) {
            Token next = tokens.get(k);
            if (next.kind() != TokenKind.WORD) {
                return false;
            }
            if (lexicon.valence(next.norm()) != null) {
                return true;
            }
        }
        return false;
    }

    private static double exclaim(String text, List<Token> tokens, double sum, List<Cue> modifiers) {
        int count = 0;
        for (Token token : tokens) {
            if (token.kind() == TokenKind.PUNCT && token.norm().equals("!") && count < MAX_EXCLAMATIONS) {
                count++;
                modifiers.add(new Cue(token.start(), token.end(), "!", 0, "emphasis"));
            }
        }
        return sum + Math.signum(sum) * EXCLAMATION * count;
    }

    private static int lastContrast(List<Token> tokens) {
        for (int i = tokens.size() - 1; i > 0; i--) {
            if (tokens.get(i).kind() == TokenKind.WORD && ModifierWords.isContrast(tokens.get(i).norm())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the whole text shouts: then capitals mean nothing for single words. */
    private static boolean mostlyCaps(String text, List<Token> tokens) {
        int words = 0;
        int caps = 0;
        for (Token token : tokens) {
            if (token.kind() == TokenKind.WORD && token.end() - token.start() >= 2) {
                words++;
                if (token.allCaps(text)) {
                    caps++;
                }
            }
        }
        return words > 0 && caps * 2 > words;
    }

    private static boolean capitals(String text, List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!tokens.get(k).allCaps(text)) {
                return false;
            }
        }
        return true;
    }

    private static Cue cue(String text, int start, int end, double valence, String note) {
        return new Cue(start, end, text.substring(start, end), valence / AFINN_MAX, note);
    }

    private static void append(StringBuilder note, String part) {
        if (note.length() > 0) {
            note.append(", ");
        }
        note.append(part);
    }
}
