package webcare.bench.inbox;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webcare.launch.testing.HomeLaunch;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Sort;
import webcare.store.api.InboxRepository.Status;
import webcare.store.h2.H2InboxRepository;
import webcare.store.h2.H2Store;

/**
 * The inbox's queries over a product database that triage has filled ({@code bench/inbox.sh}):
 * for each filter, the first page of 100 rows in the inbox's order, and the count the view shows,
 * timed in this JVM. Usage: {@code InboxQueryBench HOME RUNS}. Prints a Markdown table.
 */
public final class InboxQueryBench {

    private static final int PAGE = 100;

    private InboxQueryBench() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        H2Store store = new H2Store(new HomeLaunch(home, "bench"));
        H2InboxRepository inbox = new H2InboxRepository();
        Instant now = Instant.now();
        Map<String, Query> queries = new LinkedHashMap<>();
        Set<Status> open = Set.of(Status.OPEN);
        queries.put("open, by priority (the default view)", Query.open(now));
        queries.put("decision RESPOND", query(null, Set.of("RESPOND"), null, null, Due.ANY, open, null, Sort.PRIORITY, now));
        queries.put("decision ESCALATE", query(null, Set.of("ESCALATE"), null, null, Due.ANY, open, null, Sort.PRIORITY, now));
        queries.put("source google", query("google", Set.of(), null, null, Due.ANY, open, null, Sort.PRIORITY, now));
        queries.put("polarity NEGATIVE", query(null, Set.of(), "NEGATIVE", null, Due.ANY, open, null, Sort.PRIORITY, now));
        queries.put("language en", query(null, Set.of(), null, "en", Due.ANY, open, null, Sort.PRIORITY, now));
        queries.put("overdue", query(null, Set.of(), null, null, Due.OVERDUE, open, null, Sort.PRIORITY, now));
        queries.put("open, by due time", query(null, Set.of(), null, null, Due.ANY, open, null, Sort.DUE, now));
        queries.put("all statuses, newest first", query(null, Set.of(), null, null, Due.ANY, Set.of(), null, Sort.NEWEST, now));
        queries.put("unassigned", new Query(null, Set.of(), null, null, Due.ANY, open, null, null, null, Sort.PRIORITY,
                now, true));
        queries.put("text 'pakket'", query(null, Set.of(), null, null, Due.ANY, open, "pakket", Sort.PRIORITY, now));
        queries.put("text 'pakket kwijt' (two words)",
                query(null, Set.of(), null, null, Due.ANY, open, "pakket kwijt", Sort.PRIORITY, now));
        queries.put("text 'zzzz' (no match)",
                query(null, Set.of(), null, null, Due.ANY, open, "zzzz", Sort.PRIORITY, now));
        queries.put("text '!' (no word: reads every open item's text)",
                query(null, Set.of(), null, null, Due.ANY, open, "!", Sort.PRIORITY, now));
        try {
            long total = store.inTransaction(tx -> inbox.count(tx, query(null, Set.of(), null, null, Due.ANY, Set.of(),
                    null, Sort.PRIORITY, now)));
            System.out.printf("Inbox items: %,d%n%n", total);
            System.out.println("| Query (first page of " + PAGE + ") | Rows | Page: median ms | max ms | Count: median ms | max ms | Matching |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (Map.Entry<String, Query> entry : queries.entrySet()) {
                Query query = entry.getValue();
                List<Double> pages = new ArrayList<>();
                List<Double> counts = new ArrayList<>();
                int rows = 0;
                long matching = 0;
                for (int run = -2; run < runs; run++) { // two warm-ups
                    long started = System.nanoTime();
                    rows = store.inTransaction(tx -> inbox.page(tx, query, 0, PAGE)).size();
                    long paged = System.nanoTime();
                    matching = store.inTransaction(tx -> inbox.count(tx, query));
                    long counted = System.nanoTime();
                    if (run >= 0) {
                        pages.add((paged - started) / 1e6);
                        counts.add((counted - paged) / 1e6);
                    }
                }
                System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %,d |%n", entry.getKey(), rows, median(pages),
                        max(pages), median(counts), max(counts), matching);
            }
        } finally {
            store.close();
        }
    }

    private static Query query(String source, Set<String> decisions, String polarity, String lang, Due due,
            Set<Status> statuses, String text, Sort sort, Instant now) {
        return new Query(source, decisions, polarity, lang, due, statuses, null, null, text, sort, now);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
