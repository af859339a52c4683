package webcare.tools.sentiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import webcare.analysis.api.Polarity;
import webcare.analysis.sentiment.LinearModel;
import webcare.analysis.sentiment.SentimentEngine;
import webcare.analysis.text.FeatureHasher;
import webcare.analysis.text.Tokenizer;

/**
 * Trains the sentiment models shipped in webcare.analysis: per language, a multinomial logistic
 * regression over the runtime's own hashed features ({@link FeatureHasher}), by AdaGrad with L2,
 * classes weighted by the square root of their inverse frequency (the minority classes matter for
 * macro-F1). A seeded shuffle keeps a tenth of the data apart to choose the number of epochs and
 * then the blend with the lexicon (α and the neutral band, best macro-F1); the final model is
 * trained on all rows with those choices. Same data, same seed: same bytes.
 *
 * <pre>usage: TrainSentiment --data DIR --out DIR [--trained yyyy-MM] [--seed N] [--command TEXT]</pre>
 */
public final class TrainSentiment {

    /** What each language learns from, in {@code train/}; never the evaluation files one folder up. */
    static final Map<String, List<String>> FILES = Map.of(
            "en", List.of("tweets_en_sentiment_train.jsonl"),
            "nl", List.of("news_nl_economy_sentiment.jsonl", "subtitles_nl_polarity_xed.jsonl"));
    /** Where each file comes from and under which licence (from train/README.md). */
    static final Map<String, String> SOURCES = Map.of(
            "tweets_en_sentiment_train.jsonl", "SemEval-2017 Task 4A training pool (SemEval 2013-2016 tweets) via "
                    + "github.com/cbaziotis/datastories-semeval2017-task4 @faeee5fd, TweetEval val/test tweets removed; "
                    + "repository MIT, tweets under the X/Twitter terms (Rosenthal, Farra & Nakov 2017)",
            "news_nl_economy_sentiment.jsonl", "Dutch economic news headlines 2015, github.com/vanatteveldt/ecosent "
                    + "@9c4c6120 data/intermediate/sentences_ml.csv without the gold rows; MIT "
                    + "(Van Atteveldt, van der Velden & Boukes 2021)",
            "subtitles_nl_polarity_xed.jsonl", "Dutch OpenSubtitles lines with XED emotion labels projected from English, "
                    + "github.com/Helsinki-NLP/XED @76666d25 Projections/nl-projections.tsv; CC BY 4.0 (Öhman et al. 2020)");
    static final Map<String, Integer> HASH_BITS = Map.of("en", 18, "nl", 16);
    static final double LEARNING_RATE = 2.0;
    static final double L2 = 1e-6;
    static final int[] EPOCH_CHOICES = {2, 4, 6, 10};
    static final double HELD_OUT = 0.1;
    /**
     * The most the model may weigh in the blend. Dutch has no opinion text to learn from: the
     * headlines are labelled for their tone about the economy (facts are neutral) and the
     * subtitles carry emotions projected from the English scene, so a model fitted to them
     * knows little about what customers write; the lexicon (opinion words) must lead.
     */
    static final Map<String, Double> MAX_MODEL_WEIGHT = Map.of("en", 1.0, "nl", 0.3);

    private TrainSentiment() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("--data", "../shared/data/train"));
        Path out = Path.of(options.getOrDefault("--out",
                "bundles/webcare.analysis/src/main/resources/webcare/analysis/sentiment"));
        String trained = options.getOrDefault("--trained",
                DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC).format(Instant.now()));
        long seed = Long.parseLong(options.getOrDefault("--seed", "20261206"));
        String command = options.getOrDefault("--command", "tools/train-sentiment").strip();
        SentimentEngine lexiconOnly = new SentimentEngine(SentimentEngine.shippedLexicons(Map.of()), Map.of(),
                SentimentEngine.shippedSymbols());
        for (String lang : List.of("en", "nl")) {
            train(lang, data, out, trained, seed, command, lexiconOnly);
        }
    }

    private static void train(String lang, Path data, Path out, String trained, long seed, String command,
            SentimentEngine lexiconOnly) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        Map<String, String> digests = new LinkedHashMap<>();
        for (String name : FILES.get(lang)) {
            Path file = data.resolve(name);
            rows.addAll(LabelledText.read(file));
            digests.put(name, sha256(file));
        }
        FeatureHasher hasher = new FeatureHasher(HASH_BITS.get(lang));
        List<Example> examples = new ArrayList<>(rows.size());
        for (LabelledText row : rows) {
            examples.add(new Example(row, hasher.features(Tokenizer.tokenize(row.text()))));
        }
        Collections.shuffle(examples, new Random(seed));
        int cut = (int) Math.round(examples.size() * (1 - HELD_OUT));
        List<Example> fit = examples.subList(0, cut);
        List<Example> heldOut = examples.subList(cut, examples.size());

        int bestEpochs = 0;
        double bestF1 = -1;
        for (int epochs : EPOCH_CHOICES) {
            LinearModel model = fit(lang, trained, hasher, fit, epochs, seed, 1, 0);
            double f1 = modelOnly(model, heldOut).macroF1();
            log(lang + ": " + epochs + " epochs, held-out model-only macro-F1 " + format(f1));
            if (f1 > bestF1) {
                bestF1 = f1;
                bestEpochs = epochs;
            }
        }
        LinearModel onFit = fit(lang, trained, hasher, fit, bestEpochs, seed, 1, 0);
        Blend blend = blend(lang, onFit, heldOut, lexiconOnly);
        log(lang + ": " + bestEpochs + " epochs, blend alpha " + blend.alpha + " band " + blend.band
                + ", held-out macro-F1 " + format(blend.f1));

        LinearModel model = fit(lang, trained, hasher, examples, bestEpochs, seed, blend.alpha, blend.band);
        Files.createDirectories(out);
        Path modelFile = out.resolve("model-" + lang + ".bin");
        try (OutputStream stream = Files.newOutputStream(modelFile)) {
            model.write(stream);
        }
        writeProvenance(out.resolve("model-" + lang + ".provenance.txt"), lang, trained, seed, command, digests,
                rows, hasher, bestEpochs, blend, bestF1);
        log(lang + ": wrote " + modelFile + " (" + Files.size(modelFile) + " bytes)");
    }

    private record Example(LabelledText row, int[] features) {
    }

    private record Blend(double alpha, double band, double f1) {
    }

    /** Multinomial logistic regression by AdaGrad; the epochs walk the rows in a seeded order. */
    private static LinearModel fit(String lang, String trained, FeatureHasher hasher, List<Example> examples,
            int epochs, long seed, double alpha, double band) {
        int classes = LinearModel.CLASSES;
        float[] weights = new float[classes * hasher.buckets()];
        float[] squares = new float[weights.length];
        double[] bias = new double[classes];
        double[] biasSquares = new double[classes];
        double[] classWeight = classWeights(examples);
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed + 1);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                int[] features = example.features();
                double value = features.length == 0 ? 0 : 1.0 / features.length;
                double[] logits = bias.clone();
                for (int feature : features) {
                    for (int c = 0; c < classes; c++) {
                        logits[c] += weights[feature * classes + c] * value;
                    }
                }
                double[] p = LinearModel.softmax(logits);
                int label = example.row().label().ordinal();
                double weight = classWeight[label];
                for (int c = 0; c < classes; c++) {
                    double gradient = weight * (p[c] - (c == label ? 1 : 0));
                    biasSquares[c] += gradient * gradient;
                    bias[c] -= LEARNING_RATE * gradient / Math.sqrt(biasSquares[c] + 1e-8);
                    for (int feature : features) {
                        int at = feature * classes + c;
                        double g = gradient * value + L2 * weights[at];
                        squares[at] += (float) (g * g);
                        weights[at] -= (float) (LEARNING_RATE * g / Math.sqrt(squares[at] + 1e-8));
                    }
                }
            }
        }
        float[] biasOut = {(float) bias[0], (float) bias[1], (float) bias[2]};
        // written and read back, so tuning sees the quantised weights the product will use
        LinearModel exact = new LinearModel(lang, trained, Integer.numberOfTrailingZeros(hasher.buckets()), biasOut,
                weights, alpha, band);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exact.write(bytes);
            return LinearModel.read(new ByteArrayInputStream(bytes.toByteArray()), "model-" + lang);
        } catch (IOException e) {
            throw new IllegalStateException("cannot round-trip the model in memory", e);
        }
    }

    private static double[] classWeights(List<Example> examples) {
        double[] counts = new double[LinearModel.CLASSES];
        for (Example example : examples) {
            counts[example.row().label().ordinal()]++;
        }
        double[] weights = new double[counts.length];
        int present = 0;
        for (double count : counts) {
            present += count > 0 ? 1 : 0;
        }
        for (int c = 0; c < counts.length; c++) {
            weights[c] = counts[c] == 0 ? 0 : Math.sqrt(examples.size() / (present * counts[c]));
        }
        return weights;
    }

    private static Scores modelOnly(LinearModel model, List<Example> heldOut) {
        List<Polarity> labels = new ArrayList<>();
        List<Polarity> predicted = new ArrayList<>();
        for (Example example : heldOut) {
            double[] p = model.probabilities(example.features());
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[2] >= p[1] ? 2 : 1;
            labels.add(example.row().label());
            predicted.add(Polarity.values()[best]);
        }
        return Scores.of(labels, predicted);
    }

    /** α in 0, 0.05 … {@link #MAX_MODEL_WEIGHT} and the band in 0.02 … 0.6 with the best held-out macro-F1. */
    private static Blend blend(String lang, LinearModel model, List<Example> heldOut, SentimentEngine lexiconOnly) {
        double[] modelScores = new double[heldOut.size()];
        double[] lexiconScores = new double[heldOut.size()];
        List<Polarity> labels = new ArrayList<>();
        for (int i = 0; i < heldOut.size(); i++) {
            Example example = heldOut.get(i);
            double[] p = model.probabilities(example.features());
            modelScores[i] = p[2] - p[0];
            lexiconScores[i] = lexiconOnly.analyse(example.row().text(), lang, null, SentimentEngine.Mode.LEXICON).score();
            labels.add(example.row().label());
        }
        Blend best = new Blend(1, 0.1, -1);
        for (int a = 0; a <= 20 && a / 20.0 <= MAX_MODEL_WEIGHT.get(lang) + 1e-9; a++) {
            double alpha = a / 20.0;
            for (int b = 1; b <= 30; b++) {
                double band = b / 50.0;
                List<Polarity> predicted = new ArrayList<>(labels.size());
                for (int i = 0; i < labels.size(); i++) {
                    double score = alpha * modelScores[i] + (1 - alpha) * lexiconScores[i];
                    predicted.add(score >= band ? Polarity.POSITIVE : score <= -band ? Polarity.NEGATIVE : Polarity.NEUTRAL);
                }
                double f1 = Scores.of(labels, predicted).macroF1();
                if (f1 > best.f1 + 1e-9) {
                    best = new Blend(alpha, band, f1);
                }
            }
        }
        return best;
    }

    private static void writeProvenance(Path file, String lang, String trained, long seed, String command,
            Map<String, String> digests, List<LabelledText> rows, FeatureHasher hasher, int epochs, Blend blend,
            double modelF1) throws IOException {
        int[] counts = new int[3];
        rows.forEach(row -> counts[row.label().ordinal()]++);
        StringBuilder text = new StringBuilder();
        text.append("# Provenance of model-").append(lang).append(".bin (webcare.analysis sentiment model)\n");
        text.append("trained: ").append(trained).append(" (written ")
                .append(DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.now())).append(" UTC)\n");
        text.append("command: ").append(command).append('\n');
        text.append("trainer: webcare.tools.sentiment.TrainSentiment (tools/), features: webcare.analysis.text.FeatureHasher\n");
        text.append("data (train/ of the shared data folder; not shipped, not in the repository):\n");
        digests.forEach((name, digest) -> text.append("  ").append(name).append("  sha256 ").append(digest)
                .append("\n    source: ").append(SOURCES.get(name)).append('\n'));
        text.append("rows: ").append(rows.size()).append(" (negative ").append(counts[0]).append(", neutral ")
                .append(counts[1]).append(", positive ").append(counts[2]).append(")\n");
        text.append("model: multinomial logistic regression, classes negative/neutral/positive\n");
        text.append("features: word unigrams (negated scope marked), word bigrams, character 3- and 4-grams of words; ")
                .append("hashed (FNV-1a + murmur3 finaliser) into 2^").append(Integer.numberOfTrailingZeros(hasher.buckets()))
                .append(" buckets; averaged (each feature 1/count)\n");
        text.append("optimiser: AdaGrad, learning rate ").append(LEARNING_RATE).append(", L2 ").append(L2)
                .append(", class weights sqrt(inverse frequency), seed ").append(seed).append('\n');
        text.append("epochs: ").append(epochs).append(" (chosen from ").append(Arrays.toString(EPOCH_CHOICES))
                .append(" on a seeded held-out ").append((int) (HELD_OUT * 100)).append("% of the rows, model-only macro-F1 ")
                .append(format(modelF1)).append(")\n");
        text.append("blend: model weight at most ").append(MAX_MODEL_WEIGHT.get(lang)).append("; score = ").append(blend.alpha).append(" * model + ").append(format(1 - blend.alpha))
                .append(" * lexicon; neutral band ").append(blend.band).append(" (held-out macro-F1 ")
                .append(format(blend.f1)).append(")\n");
        text.append("final model: trained on all rows with these settings; weights quantised to signed bytes\n");
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
        }
        return options;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void log(String line) {
        System.err.println("train-sentiment: " + line);
    }
}
