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
import webcare.analysis.sentiment.Blend;
import webcare.analysis.sentiment.LinearModel;
import webcare.analysis.sentiment.SentimentEngine;
import webcare.analysis.text.FeatureHasher;
import webcare.analysis.text.Tokenizer;

/**
 * Trains the sentiment models shipped in webcare.analysis: per language, a multinomial logistic
 * regression over the runtime's own hashed features ({@link FeatureHasher}), by AdaGrad with L2,
 * classes weighted by the square root of their inverse frequency (the minority classes matter for
 * macro-F1). A seeded shuffle keeps a tenth of the data apart to choose the number of epochs.
 * The blend with the lexicon ({@link Blend}: α, the neutral band and the no-evidence band) is
 * chosen on the held-out tenth and, when the language has one, a calibration file (Dutch: the
 * project's own webcare-style sentences, because the Dutch training data is no customer text):
 * the best mean of the macro-F1 on each, so the blend serves both rather than fitting one. The
 * final model is trained on all rows with those choices. Same data, same seed: same bytes.
 *
 * <pre>usage: TrainSentiment --data DIR --out DIR [--calibration-nl FILE] [--trained yyyy-MM] [--seed N] [--command TEXT]</pre>
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
    /** Grid of the blend search: α in steps of 1/20, bands in steps of 1/50 up to these. */
    static final int ALPHA_STEPS = 20;
    static final int MAX_NEUTRAL_BAND = 30;
    static final int MAX_NO_EVIDENCE_BAND = 50;

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
        Map<String, Path> calibration = options.containsKey("--calibration-nl")
                ? Map.of("nl", Path.of(options.get("--calibration-nl"))) : Map.of();
        SentimentEngine lexiconOnly = new SentimentEngine(SentimentEngine.shippedLexicons(Map.of()), Map.of(),
                SentimentEngine.shippedSymbols());
        for (String lang : List.of("en", "nl")) {
            train(lang, data, calibration.get(lang), out, trained, seed, command, lexiconOnly);
        }
    }

    /** @param calibrationFile labelled texts to choose the blend on besides the held-out tenth, or null */
    private static void train(String lang, Path data, Path calibrationFile, Path out, String trained, long seed,
            String command, SentimentEngine lexiconOnly) throws IOException {
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
            LinearModel model = fit(lang, trained, hasher, fit, epochs, seed);
            double f1 = modelOnly(model, heldOut).macroF1();
            log(lang + ": " + epochs + " epochs, held-out model-only macro-F1 " + format(f1));
            if (f1 > bestF1) {
                bestF1 = f1;
                bestEpochs = epochs;
            }
        }
        LinearModel onFit = fit(lang, trained, hasher, fit, bestEpochs, seed);
        List<List<LabelledText>> calibrationSets = new ArrayList<>();
        calibrationSets.add(heldOut.stream().map(Example::row).toList());
        if (calibrationFile != null) {
            calibrationSets.add(LabelledText.readAny(calibrationFile));
            digests.put(calibrationFile.getFileName().toString(), sha256(calibrationFile));
        }
        Calibrated blend = blend(lang, onFit, hasher, calibrationSets, lexiconOnly);
        log(lang + ": " + bestEpochs + " epochs, " + blend);

        LinearModel model = fit(lang, trained, hasher, examples, bestEpochs, seed).withBlend(blend.blend());
        Files.createDirectories(out);
        Path modelFile = out.resolve("model-" + lang + ".bin");
        try (OutputStream stream = Files.newOutputStream(modelFile)) {
            model.write(stream);
        }
        writeProvenance(out.resolve("model-" + lang + ".provenance.txt"), lang, trained, seed, command, digests,
                rows, hasher, bestEpochs, bestF1, blend, calibrationFile);
        log(lang + ": wrote " + modelFile + " (" + Files.size(modelFile) + " bytes)");
    }

    private record Example(LabelledText row, int[] features) {
    }

    /** A blend and the macro-F1 it reached on each calibration set (held-out tenth first). */
    private record Calibrated(Blend blend, double[] f1) {

        double mean() {
            return Arrays.stream(f1).average().orElse(-1);
        }

        @Override
        public String toString() {
            return "blend alpha " + blend.modelWeight() + ", neutral band " + blend.neutralBand() + ", no-evidence band "
                    + blend.noEvidenceBand() + ", macro-F1 held-out " + format(f1[0])
                    + (f1.length > 1 ? ", calibration file " + format(f1[1]) : "");
        }
    }

    /** Multinomial logistic regression by AdaGrad; the epochs walk the rows in a seeded order. */
    private static LinearModel fit(String lang, String trained, FeatureHasher hasher, List<Example> examples,
            int epochs, long seed) {
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
                weights, new Blend(1, 0, 0));
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

    /**
     * α in 0, 0.05 … 1, the neutral band in 0.02 … 0.6 and the no-evidence band from the neutral
     * band up to 1 (1: a text without any lexicon cue is always neutral) with the best mean
     * macro-F1 over the calibration sets; on a tie the smaller α and narrower bands win (the
     * grid's order). Scores and decisions are the runtime's own ({@link SentimentEngine#combine},
     * {@link SentimentEngine#decide}).
     */
    private static Calibrated blend(String lang, LinearModel model, FeatureHasher hasher,
            List<List<LabelledText>> sets, SentimentEngine lexiconOnly) {
        List<CalibrationSet> scored = sets.stream().map(rows -> CalibrationSet.of(rows, lang, model, hasher, lexiconOnly)).toList();
        Calibrated best = new Calibrated(new Blend(1, 0, 0), new double[] {-1});
        for (int a = 0; a <= ALPHA_STEPS; a++) {
            for (int b = 1; b <= MAX_NEUTRAL_BAND; b++) {
                for (int e = b; e <= MAX_NO_EVIDENCE_BAND; e++) {
                    Blend blend = new Blend((double) a / ALPHA_STEPS, b / 50.0, e / 50.0);
                    Calibrated candidate = new Calibrated(blend, scored.stream().mapToDouble(set -> set.macroF1(blend)).toArray());
                    if (candidate.mean() > best.mean() + 1e-9) {
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    /** Labelled rows with their model scores and lexical evidence, computed once for the whole grid. */
    private record CalibrationSet(List<Polarity> labels, double[] modelScores, SentimentEngine.LexicalEvidence[] evidence) {

        static CalibrationSet of(List<LabelledText> rows, String lang, LinearModel model, FeatureHasher hasher,
                SentimentEngine lexiconOnly) {
            double[] modelScores = new double[rows.size()];
            SentimentEngine.LexicalEvidence[] evidence = new SentimentEngine.LexicalEvidence[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                String text = rows.get(i).text();
                double[] p = model.probabilities(hasher.features(Tokenizer.tokenize(text)));
                modelScores[i] = p[2] - p[0];
                evidence[i] = lexiconOnly.lexicalEvidence(text, lang);
            }
            return new CalibrationSet(rows.stream().map(LabelledText::label).toList(), modelScores, evidence);
        }

        double macroF1(Blend blend) {
            Polarity[] predicted = new Polarity[modelScores.length];
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = SentimentEngine.decide(blend, SentimentEngine.combine(blend, modelScores[i], evidence[i]), evidence[i]);
            }
            return Scores.of(labels, Arrays.asList(predicted)).macroF1();
        }
    }

    private static void writeProvenance(Path file, String lang, String trained, long seed, String command,
            Map<String, String> digests, List<LabelledText> rows, FeatureHasher hasher, int epochs, double modelF1,
            Calibrated blend, Path calibrationFile) throws IOException {
        int[] counts = new int[3];
        rows.forEach(row -> counts[row.label().ordinal()]++);
        StringBuilder text = new StringBuilder();
        text.append("# Provenance of model-").append(lang).append(".bin (webcare.analysis sentiment model)\n");
        text.append("trained: ").append(trained).append(" (written ")
                .append(DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.now())).append(" UTC)\n");
        text.append("command: ").append(command).append('\n');
        text.append("trainer: webcare.tools.sentiment.TrainSentiment (tools/), features: webcare.analysis.text.FeatureHasher\n");
        text.append("data (train/ of the shared data folder, not shipped; and the calibration file, if any):\n");
        digests.forEach((name, digest) -> text.append("  ").append(name).append("  sha256 ").append(digest)
                .append("\n    source: ").append(SOURCES.getOrDefault(name,
                        "written for this project, calibration only (" + (calibrationFile == null ? "" : calibrationFile.getFileName()) + ")"))
                .append('\n'));
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
        Blend chosen = blend.blend();
        text.append("blend: score = ").append(chosen.modelWeight()).append(" * model + ")
                .append(format(1 - chosen.modelWeight())).append(" * lexicon (x 0.5 after a middling word); neutral band ")
                .append(chosen.neutralBand()).append(", no-evidence band ").append(chosen.noEvidenceBand())
                .append(" (when the lexicon finds no cue); chosen for the best mean macro-F1 on the held-out ")
                .append((int) (HELD_OUT * 100)).append("% (").append(format(blend.f1()[0])).append(")")
                .append(calibrationFile == null ? "" : " and " + calibrationFile.getFileName() + " (" + format(blend.f1()[1]) + ")")
                .append(", in-sample\n");
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
