package webcare.analysis.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *   polarity: t ≥ band positive, t ≤ −band negative, else neutral (band from the model file)
 * </pre>
 * α and the band are chosen by the trainer on a held-out tenth of the training data (best
 * macro-F1), so each language's model carries its own. Without a model for the language the
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
    static final double TEXT_SHARE_WITH_RATING = 0.35;
    /** The neutral band once a rating counts: three stars stay neutral unless the text is clear. */
    static final double RATED_BAND = 0.1;
    private static final double[] RATING_SCORE = {-0.8, -0.4, 0, 0.4, 0.8};
    /** Longer texts are analysed up to here: a cue list of a book helps nobody and time is bounded. */
    static final int MAX_CHARS = 20_000;

    private final Map<String, Lexicon> lexicons;
    private final Map<String, LinearModel> models;
    private final LexiconScorer scorer;

    /**
     * @param lexicons per language code ({@code nl}, {@code en})
     * @param models   per language code; a language without one is scored by the lexicon alone
     */
    public SentimentEngine(Map<String, Lexicon> lexicons, Map<String, LinearModel> models,
            Map<String, Double> symbols) {
        this.lexicons = Map.copyOf(lexicons);
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

    public Sentiment analyse(String text, String lang, Integer rating, Mode mode) {
        String analysed = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Token> tokens = Tokenizer.tokenize(analysed);
        String language = lang != null && lexicons.containsKey(lang) ? lang : LanguageDetector.UNKNOWN;
        LexiconScorer.Result lexical = lexical(analysed, tokens, language);
        LinearModel model = mode == Mode.LEXICON ? null : models.get(language);
        double textScore;
        double band;
        String method;
        if (model == null) {
            textScore = lexical.score();
            band = LEXICON_BAND;
            method = language.equals(LanguageDetector.UNKNOWN) ? "lexicon (language unknown)" : "lexicon " + language;
        } else {
            double[] p = model.probabilities(model.hasher().features(tokens));
            double modelScore = p[2] - p[0];
            if (mode == Mode.MODEL) {
                return rated(modelScore, argmax(p), lexical.cues(), "model " + language + " " + model.trained(), rating);
            }
            double alpha = model.modelWeight();
            textScore = alpha * modelScore + (1 - alpha) * lexical.score();
            band = model.neutralBand();
            method = "lexicon+model " + language + " " + model.trained();
        }
        return rated(textScore, polarity(textScore, band), lexical.cues(), method, rating);
    }

    private LexiconScorer.Result lexical(String text, List<Token> tokens, String language) {
        if (!language.equals(LanguageDetector.UNKNOWN)) {
            return scorer.score(text, tokens, lexicons.get(language));
        }
        // unknown language: whichever lexicon recognises more; emoticons and emoji count in both
        LexiconScorer.Result best = scorer.score(text, tokens, null);
        for (Lexicon lexicon : lexicons.values()) {
            LexiconScorer.Result result = scorer.score(text, tokens, lexicon);
            if (result.hits() > best.hits()) {
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
