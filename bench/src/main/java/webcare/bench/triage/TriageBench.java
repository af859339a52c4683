package webcare.bench.triage;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import webcare.analysis.api.Polarity;
import webcare.model.Mention;
import webcare.model.plan.Plan;
import webcare.triage.api.AuthorHistory;
import webcare.triage.api.Decision;
import webcare.triage.api.SeenItem;
import webcare.triage.api.ThreadHistory;
import webcare.triage.api.TriageContext;
import webcare.triage.api.TriageInput;
import webcare.triage.api.TriageResult;
import webcare.triage.engine.TriageEngine;
import webcare.triage.testing.Configs;

/**
 * {@code TriageBench [--count N] [--rounds R]}: the triage engine alone, on one thread, over
 * {@link TriageInputs} computed beforehand (no analysis, no store): N mentions per round in
 * posting order, twice per round: with a fresh memory context (the {@code triage --input} path:
 * histories and the same-subject raise) and with a context that knows nothing (the rules alone).
 * One warm-up round of each first. Rates are per second of the process's CPU time (garbage
 * collection included), so a busy machine slows the run but hardly the figure (caches shared with
 * others still do). Prints a Markdown report.
 */
public final class TriageBench {

    /** A context that knows nothing and remembers nothing: the rules and the text reading alone. */
    private static final TriageContext NOTHING = new TriageContext() {
        @Override
        public AuthorHistory authorHistory(Mention mention) {
            return AuthorHistory.NONE;
        }

        @Override
        public ThreadHistory threadHistory(Mention mention) {
            return ThreadHistory.NONE;
        }

        @Override
        public List<SeenItem> similar(Set<String> terms, int minShared, java.time.Instant from, java.time.Instant to) {
            return List.of();
        }

        @Override
        public void remember(SeenItem item, Polarity polarity) {}
    };

    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private TriageBench() {}

    public static void main(String[] args) {
        List<String> words = Arrays.asList(args);
        int count = Integer.parseInt(option(words, "--count", "200000"));
        int rounds = Integer.parseInt(option(words, "--rounds", "5"));
        TriageEngine engine = new TriageEngine(Configs.defaults());
        Plan plan = TriageInputs.plan();
        List<TriageInputs.Item> items = TriageInputs.generate(count);

        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        int[] raised = new int[1];
        round(engine, plan, items, true, decisions, raised);
        round(engine, plan, items, false, new EnumMap<>(Decision.class), new int[1]);
        List<Double> stream = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            stream.add(round(engine, plan, items, true, new EnumMap<>(Decision.class), new int[1]));
            alone.add(round(engine, plan, items, false, new EnumMap<>(Decision.class), new int[1]));
        }

        System.out.printf(Locale.ROOT, "Triage engine alone, one thread, %,d precomputed mentions per round, %d rounds "
                + "after one warm-up round, per second of the process's CPU time; Java %s, %s%n%n", count, rounds,
                System.getProperty("java.version"),
                System.getProperty("os.arch"));
        System.out.println("| context | median mentions/s | best mentions/s | median µs/mention |");
        System.out.println("| --- | ---: | ---: | ---: |");
        row("memory context (histories, same-subject raise)", stream);
        row("no context (rules and text reading only)", alone);
        System.out.println();
        System.out.println("Decisions of one round: " + decisions + "; earlier items raised: " + raised[0]);
    }

    /** Mentions per second of one pass over {@code items}. */
    private static double round(TriageEngine engine, Plan plan, List<TriageInputs.Item> items, boolean memory,
            Map<Decision, Integer> decisions, int[] raised) {
        TriageContext context = memory ? engine.memoryContext() : NOTHING;
        // CPU time of the process (this thread, the collector, the compiler): the machine may be
        // shared, and the target is per core
        long begin = CPU.getProcessCpuTime();
        for (TriageInputs.Item item : items) {
            TriageResult result = engine.triage(new TriageInput(item.mention(), item.analysis(), plan, context));
            decisions.merge(result.decision(), 1, Integer::sum);
            raised[0] += result.raised().size();
        }
        long nanos = CPU.getProcessCpuTime() - begin;
        return items.size() / (nanos / 1e9);
    }

    private static void row(String name, List<Double> perSecond) {
        List<Double> sorted = new ArrayList<>(perSecond);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f |%n", name, median, sorted.get(sorted.size() - 1),
                1e6 / median);
    }

    private static String option(List<String> words, String name, String fallback) {
        int at = words.indexOf(name);
        return at >= 0 && at + 1 < words.size() ? words.get(at + 1) : fallback;
    }
}
