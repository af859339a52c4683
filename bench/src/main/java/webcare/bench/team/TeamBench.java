package webcare.bench.team;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import webcare.bench.inbox.InboxQueryBench;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.Query;

/**
 * Team mode beside the embedded file ({@code bench/team.sh}). Two modes:
 * <ul>
 * <li>{@code queries RUNS NAME=HOME…}: {@link InboxQueryBench}'s filters, each timed on every
 * home in turn (the engines interleaved per filter, so drift in the machine hits both alike): a
 * freshly opened store per filter and home, its first run, two warm-ups, then RUNS timed runs of
 * the first page and the count to the Inbox view's limit; a Markdown table of median and p90 side
 * by side.</li>
 * <li>{@code agents HOME AGENTS SECONDS HOT SEED}: {@link Agents}, on the store of HOME.</li>
 * </ul>
 * Each home's store is the one its {@code etc/webcare.store.cfg} names, else its embedded file.
 */
public final class TeamBench {

    private TeamBench() {}

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "queries" -> queries(Integer.parseInt(args[1]), List.of(args).subList(2, args.length));
            case "agents" -> Agents.run(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Long.parseLong(args[5]));
            default -> {
                System.err.println("usage: TeamBench queries RUNS NAME=HOME… | agents HOME AGENTS SECONDS HOT SEED");
                System.exit(2);
            }
        }
    }

    private record Home(String name, Path path) {}

    private record Timing(double firstPage, double pageMedian, double pageP90, double firstCount, double countMedian,
            double countP90, int rows, Count shown) {}

    private static void queries(int runs, List<String> homes) throws Exception {
        List<Home> all = homes.stream().map(h -> new Home(h.substring(0, h.indexOf('=')),
                Path.of(h.substring(h.indexOf('=') + 1)))).toList();
        Instant now = Instant.now();
        Map<String, Query> queries = InboxQueryBench.queries(now);
        StringBuilder header = new StringBuilder("| Query (first page of " + InboxQueryBench.PAGE + ") | Rows |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (String what : List.of("page", "count to " + InboxQueryBench.COUNT_LIMIT)) {
            for (Home home : all) {
                header.append(' ').append(home.name).append(' ').append(what).append(": first | median | p90 |");
                rule.append("---:|---:|---:|");
            }
        }
        header.append(" Shown |");
        rule.append("---:|");
        for (Home home : all) {
            try (InboxQueryBench.Timed timed = new InboxQueryBench.Timed(home.path).opened()) {
                System.out.printf("%s: %,d inbox items%n", home.name, timed.exactCount(new Query(null, null, null,
                        null, null, null, null, null, null, null, now)));
            }
        }
        System.out.println();
        System.out.println(header);
        System.out.println(rule);
        double[] sums = new double[all.size()];
        for (Map.Entry<String, Query> entry : queries.entrySet()) {
            List<Timing> timings = new ArrayList<>();
            for (Home home : all) {
                timings.add(time(home.path, entry.getValue(), runs));
                System.err.printf(Locale.ROOT, "team bench: %s on %s: page %.1f ms, count %.1f ms (medians)%n",
                        entry.getKey(), home.name, timings.get(timings.size() - 1).pageMedian,
                        timings.get(timings.size() - 1).countMedian);
            }
            StringBuilder line = new StringBuilder("| " + entry.getKey() + " | " + timings.get(0).rows + " |");
            for (Timing t : timings) {
                line.append(String.format(Locale.ROOT, " %.1f | %.1f | %.1f |", t.firstPage, t.pageMedian, t.pageP90));
            }
            for (Timing t : timings) {
                line.append(String.format(Locale.ROOT, " %.1f | %.1f | %.1f |", t.firstCount, t.countMedian,
                        t.countP90));
            }
            Count shown = timings.get(0).shown;
            boolean same = timings.stream().allMatch(t -> t.shown.equals(shown) && t.rows == timings.get(0).rows);
            line.append(String.format(Locale.ROOT, " %,d%s%s |", shown.items(), shown.more() ? "+" : "",
                    same ? "" : " (engines differ: " + timings.stream().map(t -> t.rows + "/" + t.shown.items())
                            .toList() + ")"));
            System.out.println(line);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += timings.get(i).pageMedian + timings.get(i).countMedian;
            }
        }
        System.out.println();
        for (int i = 0; i < sums.length; i++) {
            System.out.printf(Locale.ROOT, "%s- %s: the medians summed, page and count of all %d filters: %.1f ms%n",
                    i == 0 ? "" : "", all.get(i).name, queries.size(), sums[i]);
        }
    }

    private static Timing time(Path home, Query query, int runs) throws Exception {
        List<Double> pages = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        int rows = 0;
        Count shown = null;
        try (InboxQueryBench.Timed timed = new InboxQueryBench.Timed(home).opened()) {
            for (int run = -3; run < runs; run++) { // the first run, then two warm-ups
                long started = System.nanoTime();
                rows = timed.page(query);
                long paged = System.nanoTime();
                shown = timed.count(query);
                long counted = System.nanoTime();
                if (run == -3 || run >= 0) {
                    pages.add((paged - started) / 1e6);
                    counts.add((counted - paged) / 1e6);
                }
            }
        }
        List<Double> repeated = pages.subList(1, pages.size());
        List<Double> repeatedCounts = counts.subList(1, counts.size());
        return new Timing(pages.get(0), percentile(repeated, 50), percentile(repeated, 90), counts.get(0),
                percentile(repeatedCounts, 50), percentile(repeatedCounts, 90), rows, shown);
    }

    /** The nearest-rank percentile. */
    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
