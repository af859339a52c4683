package webcare.analysis.flags.evaluation;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webcare.analysis.api.FlagDetector;

/**
 * Prints the evaluation as Markdown: private data per type on the annotated set, abuse and
 * threats on HateCheck-NL and OffensEval when {@code shared/data} is there, and throughput.
 * Run by {@code bench/flags-eval.sh}.
 */
public final class FlagsEvaluation {

    private FlagsEvaluation() {
    }

    public static void main(String[] args) {
        List<String> problems = new ArrayList<>();
        List<FlagDetector> detectors = Detectors.all(null, problems::add, PrivateDataSet.ORDER_PATTERNS);
        problems.forEach(problem -> System.err.println("flags: " + problem));
        List<PrivateDataSet.Item> items = PrivateDataSet.load();
        System.out.println("# Flags evaluation, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n");
        System.out.println("## Private data: annotated set (" + items.size() + " messages, exact spans)\n");
        List<String> mistakes = new ArrayList<>();
        System.out.println(PrivateDataSet.score(detectors.get(0), items, mistakes::add).table("type"));
        if (!mistakes.isEmpty()) {
            System.out.println("Mistakes:\n");
            mistakes.forEach(mistake -> System.out.println("- " + mistake));
            System.out.println();
        }
        Optional<Path> shared = SharedData.folder();
        if (shared.isPresent()) {
            Path data = shared.get();
            System.out.println("## Abuse and threats: HateCheck-NL (" + data.resolve("abuse_nl_hatecheck.jsonl") + ")\n");
            System.out.println(AbuseEvaluation.hateCheck(detectors, SharedData.read(data.resolve("abuse_nl_hatecheck.jsonl"))));
            System.out.println("## Abuse and threats: OffensEval 2019 English tweets\n");
            System.out.println(AbuseEvaluation.offensive(detectors, SharedData.read(data.resolve("tweets_en_offensive.jsonl"))));
        } else {
            System.out.println("(shared/data not found: HateCheck-NL and OffensEval skipped)\n");
        }
        // typical webcare texts of 50-300 characters: two messages of the set joined, and the abuse samples
        List<String> texts = new ArrayList<>(AbuseSamples.TEXTS);
        for (int i = 0; i + 1 < items.size(); i += 2) {
            texts.add(items.get(i).text() + " " + items.get(i + 1).text());
        }
        double average = texts.stream().mapToInt(String::length).average().orElse(0);
        List<Throughput.Round> rounds = Throughput.rounds(detectors, texts, 5_000, 5, 2_000);
        List<Double> cpu = rounds.stream().map(Throughput.Round::perCpuSecond).sorted().toList();
        List<Double> wall = rounds.stream().map(Throughput.Round::perWallSecond).sorted().toList();
        System.out.println("## Throughput\n");
        System.out.printf(Locale.ROOT, "All three detectors on one thread, %d texts of %.0f characters on average, 5 s warm-up, 5 rounds of 2 s:%n%n"
                + "- per second of the thread's CPU time: median %,.0f texts/s (best %,.0f)%n"
                + "- per second of wall-clock time: median %,.0f texts/s (best %,.0f)%n%n%s, %d cores%n",
                texts.size(), average, cpu.get(2), cpu.get(4), wall.get(2), wall.get(4),
                System.getProperty("java.vm.name") + " " + Runtime.version(), Runtime.getRuntime().availableProcessors());
    }
}
