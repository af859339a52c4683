package webcare.analysis.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import webcare.analysis.api.Cue;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.Polarity;
import webcare.analysis.api.Sentiment;
import webcare.analysis.text.Token;
import webcare.analysis.text.Tokenizer;

/**
 * Scores a text by combining the lexicon rules ({@link LexiconScorer}) and the language's linear
 * model ({@link LinearModel}):
 * <pre>
 *   model   m = P(positive) − P(negative)                       in −1..1
 *   lexicon ℓ = s / sqrt(s² + 15), s the rule-adjusted valence sum  in −1..1
 *   text    t = α·m + (1 − α)·ℓ                                  α from the model file
 *   polarity: t ≥ band positive, t ≤ −band negative, else neutral
 *   band: the neutral band, or the wider no-evidence band when the lexicon found no cue
 * </pre>
 * α and both bands ({@link Blend}) are chosen by the trainer on calibration data (best
 * macro-F1), so each language's model carries its own. The no-evidence band is the neutral
 * decision: a text without a single opinion word, emoticon or emoji is mostly a question, a
 * request or a fact, and the model must be clearly sure to call it otherwise. A middling word
 * ({@code oké}, {@code gemiddeld}, {@code niets bijzonders}) multiplies t by {@value #MIDDLING}:
 * the writer judged and found it ordinary, whatever else the words lean to. Without a model for the language the
 * lexicon stands alone ({@link #LEXICON_BAND}). A star rating dominates:
 * {@code score = ρ(rating) + } {@value #TEXT_SHARE_WITH_RATING}{@code ·t}, with ρ = −0.8, −0.4,
 * 0, 0.4, 0.8 for 1–5 stars, so text moves a rating but never turns 1 star positive.
 * Immutable; thread-safe.
 */
public final class SentimentEngine {

    /** Which part decides: the evaluation compares them, the service always uses {@link #COMBINED}. */
    public enum Mode { LEXICON, MODEL, COMBINED }

    /** The neutral band of the lexicon alone (VADER's threshold on its compound score). */
    public static final double LEXICON_BAND = 0.05;
    /** The lexicon without a model: its own score, one band whether or not anything was cued. */
    private static final Blend LEXICON_ALONE = new Blend(0, LEXICON_BAND, LEXICON_BAND);
    static final double TEXT_SHARE_WITH_RATING = 0.35;
    /** The neutral band once a rating counts: three stars stay neutral unless the text is clear. */
    static final double RATED_BAND = 0.1;
    private static final double[] RATING_SCORE = {-0.8, -0.4, 0, 0.4, 0.8};
    /** Longer texts are analysed up to here: a cue list of a book helps nobody and time is bounded. */
    static final int MAX_CHARS = 20_000;
    /** How much a middling judgement weakens the text score. */
    static final double MIDDLING = 0.5;

    private final Map<String, Lexicon> lexicons;
    /**
     * The same by language code ({@code en}, {@code nl}): a text of unknown language that two
     * lexicons recognise equally well is scored by the first, in every run (a {@link Map#copyOf}
     * iterates in an order that changes from one JVM to the next).
     */
    private final List<Lexicon> lexiconsByCode;
    private final Map<String, LinearModel> models;
    private final LexiconScorer scorer;

    /**
     * @param lexicons per language code ({@code nl}, {@code en})
     * @param models   per language code; a language without one is scored by the lexicon alone
     */
    public SentimentEngine(Map<String, Lexicon> lexicons, Map<String, LinearModel> models,
            Map<String, Double> symbols) {
        this.lexicons = Map.copyOf(lexicons);
        this.lexiconsByCode = List.copyOf(new TreeMap<>(lexicons).values());
        this.models = Map.copyOf(models);
        this.scorer = new LexiconScorer(symbols);
    }

    /**
     * The shipped lexicons, a team's words on top, the shipped models.
     *
     * @param teamWords per language code, the team's entries (they override shipped ones)
     */
    public static SentimentEngine shipped(Map<String, Map<String, Double>> teamWords) {
        return new SentimentEngine(shippedLexicons(teamWords), shippedModels(), shippedSymbols());
    }

    public static Map<String, Lexicon> shippedLexicons(Map<String, Map<String, Double>> teamWords) {
        return Map.of(
                LanguageDetector.DUTCH, new Lexicon(true, List.of(Lexicon.shippedDutch(),
                        teamWords.getOrDefault(LanguageDetector.DUTCH, Map.of())), Lexicon.shippedDutchPlainWords()),
                LanguageDetector.ENGLISH, new Lexicon(false, List.of(Lexicon.shippedEnglish(),
                        teamWords.getOrDefault(LanguageDetector.ENGLISH, Map.of())), Set.of()));
    }

    /** AFINN's emoticons and this bundle's emoji. */
    public static Map<String, Double> shippedSymbols() {
        Map<String, Double> symbols = new HashMap<>(WordList.resource("afinn-emoticon-8.tsv"));
        symbols.putAll(WordList.resource("emoji.tsv"));
        return symbols;
    }

    /** The models in this bundle, {@code model-<lang>.bin}; a language without a file has none. */
    public static Map<String, LinearModel> shippedModels() {
        Map<String, LinearModel> models = new HashMap<>();
        for (String lang : List.of(LanguageDetector.DUTCH, LanguageDetector.ENGLISH)) {
            String name = "model-" + lang + ".bin";
            InputStream in = SentimentEngine.class.getResourceAsStream(name);
            if (in != null) {
                try {
                    models.put(lang, LinearModel.read(in, name));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + name + " in webcare.analysis: " + e.getMessage(), e);
                }
            }
        }
        return models;
    }

    public Sentiment analyse(String text, String lang, Integer rating) {
        return analyse(text, lang, rating, Mode.COMBINED);
    }

    /**
     * What the lexicon found in a text, for the trainer's calibration of a {@link Blend}.
     *
     * @param score    the lexicon's score in −1..1
     * @param cued     whether anything scored (a word, phrase, emoticon or emoji; a middling word
     *                 does not: it says the writer leans neither way)
     * @param middling whether a middling judgement was found
     */
    public record LexicalEvidence(double score, boolean cued, boolean middling) {
    }

    public LexicalEvidence lexicalEvidence(String text, String lang) {
        String analysed = truncated(text);
        LexiconScorer.Result lexical = lexical(analysed, Tokenizer.tokenize(analysed), language(lang));
        return new LexicalEvidence(lexical.score(), lexical.hits() > 0, lexical.middling());
    }

    /** The text score of a model score and the lexicon's evidence under a blend (see the class comment). */
    public static double combine(Blend blend, double modelScore, LexicalEvidence lexical) {
        double score = blend.modelWeight() * modelScore + (1 - blend.modelWeight()) * lexical.score();
        return lexical.middling() ? score * MIDDLING : score;
    }

    /** The polarity of a combined text score under a blend: the no-evidence band when nothing was cued. */
    public static Polarity decide(Blend blend, double textScore, LexicalEvidence lexical) {
        return polarity(textScore, lexical.cued() ? blend.neutralBand() : blend.noEvidenceBand());
    }

    public Sentiment analyse(String text, String lang, Integer rating, Mode mode) {
        String analysed = truncated(text);
        List<Token> tokens = Tokenizer.tokenize(analysed);
        String language = language(lang);
        LexiconScorer.Result lexical = lexical(analysed, tokens, language);
        LinearModel model = mode == Mode.LEXICON ? null : models.get(language);
        LexicalEvidence evidence = new LexicalEvidence(lexical.score(), lexical.hits() > 0, lexical.middling());
        if (model == null) {
            double textScore = combine(LEXICON_ALONE, 0, evidence);
            String method = language.equals(LanguageDetector.UNKNOWN) ? "lexicon (language unknown)" : "lexicon " + language;
            return rated(textScore, decide(LEXICON_ALONE, textScore, evidence), lexical.cues(), method, rating);
        }
        double[] p = model.probabilities(model.hasher().features(tokens));
        double modelScore = p[2] - p[0];
        if (mode == Mode.MODEL) {
            return rated(modelScore, argmax(p), lexical.cues(), "model " + language + " " + model.trained(), rating);
        }
        double textScore = combine(model.blend(), modelScore, evidence);
        return rated(textScore, decide(model.blend(), textScore, evidence), lexical.cues(),
                "lexicon+model " + language + " " + model.trained(), rating);
    }

    private static String truncated(String text) {
        return text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    private String language(String lang) {
        return lang != null && lexicons.containsKey(lang) ? lang : LanguageDetector.UNKNOWN;
    }

    private LexiconScorer.Result lexical(String text, List<Token> tokens, String language) {
        if (!language.equals(LanguageDetector.UNKNOWN)) {
            return scorer.score(text, tokens, lexicons.get(language));
        }
        // unknown language: whichever lexicon recognises more (on a tie the first by code); emoticons and emoji count in both
        LexiconScorer.Result best = scorer.score(text, tokens, null);
        for (Lexicon lexicon : lexiconsByCode) {
            LexiconScorer.Result result = scorer.score(text, tokens, lexicon);
            if (result.hits() + (result.middling() ? 1 : 0) > best.hits() + (best.middling() ? 1 : 0)) {
                best = result;
            }
        }
        return best;
    }

    private static Sentiment rated(double textScore, Polarity textPolarity, List<Cue> cues, String method,
            Integer rating) {
        if (rating == null || rating < 1 || rating > 5) {
            return new Sentiment(clamp(textScore), textPolarity, cues, method);
        }
        double stars = RATING_SCORE[rating - 1];
        double score = clamp(stars + TEXT_SHARE_WITH_RATING * textScore);
        List<Cue> withRating = new ArrayList<>(cues.size() + 1);
        // the rating is no part of the text: an empty span at 0 carries it
        withRating.add(new Cue(0, 0, "★".repeat(rating), stars, "star rating " + rating + " of 5"));
        withRating.addAll(cues);
        return new Sentiment(score, polarity(score, RATED_BAND), withRating, method + ", rating");
    }

    static Polarity polarity(double score, double band) {
        return score >= band ? Polarity.POSITIVE : score <= -band ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }

    private static Polarity argmax(double[] p) {
        int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[2] >= p[1] ? 2 : 1;
        return Polarity.values()[best];
    }

    private static double clamp(double score) {
        return Math.max(-1, Math.min(1, score));
    }
}
