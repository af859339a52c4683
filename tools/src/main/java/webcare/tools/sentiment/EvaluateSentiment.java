package webcare.tools.sentiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.Polarity;
import webcare.analysis.language.ProfileLanguageDetector;
import webcare.analysis.sentiment.SentimentEngine;

/**
 * Evaluates the shipped sentiment analysis on the evaluation files (never trained on):
 * accuracy and macro-F1 of the majority class, the lexicon alone, the model alone and the
 * shipped combination; how often the language detector names the file's language; and
 * throughput of language detection plus sentiment on one thread (warm-up, then timed rounds;
 * the median round is reported). Prints Markdown.
 *
 * <pre>usage: EvaluateSentiment --data DIR [--seconds N] [--rounds N]</pre>
 */
public final class EvaluateSentiment {

    private EvaluateSentiment() {
    }

    private record EvalSet(String name, String lang, List<LabelledText> rows) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = TrainSentiment.options(args);
        Path data = Path.of(options.getOrDefault("--data", "../shared/data"));
        double seconds = Double.parseDouble(options.getOrDefault("--seconds", "3"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
        List<EvalSet> sets = new ArrayList<>();
        for (String[] file : new String[][] {{"tweets_en_sentiment_dev.jsonl", "en"}, {"reviews_nl_sentiment.jsonl", "nl"}}) {
            Path path = data.resolve(file[0]);
            if (!Files.isRegularFile(path)) {
                System.err.println("sentiment-eval: " + path + " is missing; pass --data with the shared data folder");
                System.exit(2);
            }
            sets.add(new EvalSet(file[0], file[1], LabelledText.read(path)));
        }
        SentimentEngine engine = SentimentEngine.shipped(Map.of());
        LanguageDetector detector = new ProfileLanguageDetector();

        System.out.println("| data | rows | method | accuracy | macro-F1 | F1 negative / neutral / positive |");
        System.out.println("| --- | ---: | --- | ---: | ---: | ---: |");
        for (EvalSet set : sets) {
            List<Polarity> labels = set.rows().stream().map(LabelledText::label).toList();
            Polarity majority = majority(labels);
            row(set, "majority class (" + majority.name().toLowerCase(Locale.ROOT) + ")",
                    Scores.of(labels, Collections.nCopies(labels.size(), majority)));
            for (SentimentEngine.Mode mode : SentimentEngine.Mode.values()) {
                List<Polarity> predicted = set.rows().stream()
                        .map(row -> engine.analyse(row.text(), set.lang(), null, mode).polarity()).toList();
                row(set, label(mode), Scores.of(labels, predicted));
            }
            List<Polarity> detected = set.rows().stream()
                    .map(row -> engine.analyse(row.text(), detector.detect(row.text(), null), null).polarity()).toList();
            row(set, "shipped, language detected (no hint)", Scores.of(labels, detected));
        }
        System.out.println();
        for (EvalSet set : sets) {
            long right = set.rows().stream().filter(row -> detector.detect(row.text(), null).equals(set.lang())).count();
            long unknown = set.rows().stream()
                    .filter(row -> detector.detect(row.text(), null).equals(LanguageDetector.UNKNOWN)).count();
            System.out.printf(Locale.ROOT, "- language of %s (no hint): %s %.1f %%, unknown %.1f %%, other %.1f %%%n",
                    set.name(), set.lang(), 100.0 * right / set.rows().size(), 100.0 * unknown / set.rows().size(),
                    100.0 * (set.rows().size() - right - unknown) / set.rows().size());
        }
        throughput(sets, engine, detector, seconds, rounds);
    }

    private static String label(SentimentEngine.Mode mode) {
        return switch (mode) {
            case LEXICON -> "lexicon only";
            case MODEL -> "model only";
            case COMBINED -> "shipped (lexicon+model)";
        };
    }

    private static void row(EvalSet set, String method, Scores scores) {
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.2f / %.2f / %.2f |%n", set.name(),
                scores.count(), method, scores.accuracy(), scores.macroF1(), scores.f1()[0], scores.f1()[1], scores.f1()[2]);
    }

    private static Polarity majority(List<Polarity> labels) {
        int[] counts = new int[3];
        labels.forEach(label -> counts[label.ordinal()]++);
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            best = counts[c] > counts[best] ? c : best;
        }
        return Polarity.values()[best];
    }

    /**
     * Language detection and sentiment of every text, as triage would call them, on this thread.
     * Rates are per second of this thread's CPU time (what one core does; on a shared machine wall
     * time also counts the time other processes held the core) and, for reference, per wall second.
     */
    private static void throughput(List<EvalSet> sets, SentimentEngine engine, LanguageDetector detector,
            double seconds, int rounds) {
        List<String> texts = new ArrayList<>();
        sets.forEach(set -> set.rows().forEach(row -> texts.add(row.text())));
        double chars = texts.stream().mapToInt(String::length).average().orElse(0);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = round(texts, engine, detector, seconds * 2, threads)[2]; // warm-up: JIT and caches
        double[] cpuRates = new double[rounds];
        double[] wallRates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long[] round = round(texts, engine, detector, seconds, threads);
            cpuRates[r] = round[0] / (round[1] / 1e9);
            wallRates[r] = round[0] / (round[3] / 1e9);
            sink += round[2];
        }
        Arrays.sort(cpuRates);
        Arrays.sort(wallRates);
        System.out.printf(Locale.ROOT,
                "%n- throughput, language + sentiment, one thread: median %.0f texts per CPU second (rounds %.0f..%.0f); "
                        + "median %.0f texts per wall second (rounds %.0f..%.0f); %d texts of %.0f characters on average, "
                        + "%d rounds of %.0f s of CPU after %.0f s warm-up (checksum %d)%n",
                cpuRates[rounds / 2], cpuRates[0], cpuRates[rounds - 1], wallRates[rounds / 2], wallRates[0],
                wallRates[rounds - 1], texts.size(), chars, rounds, seconds, seconds * 2, sink % 1000);
    }

    /** @return texts done, CPU nanoseconds, a checksum (so nothing is optimised away), wall nanoseconds */
    private static long[] round(List<String> texts, SentimentEngine engine, LanguageDetector detector, double seconds,
            ThreadMXBean threads) {
        long sink = 0;
        long done = 0;
        long wall = System.nanoTime();
        long start = threads.getCurrentThreadCpuTime();
        long cpu;
        while ((cpu = threads.getCurrentThreadCpuTime() - start) < seconds * 1e9) {
            for (String text : texts) {
                sink += engine.analyse(text, detector.detect(text, null), null).cues().size();
            }
            done += texts.size();
        }
        return new long[] {done, cpu, sink, System.nanoTime() - wall};
    }
}
