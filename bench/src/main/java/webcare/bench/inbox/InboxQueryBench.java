package webcare.bench.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webcare.bench.team.HomeStore;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Sort;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.StoreException;
import webcare.store.sql.SqlInboxRepository;

/**
 * The inbox's queries over a product database that triage has filled ({@code bench/inbox.sh}):
 * for each filter, the first page of 100 rows in the inbox's order, and the count the view shows
 * (up to the Inbox view's limit of 10,000), timed in this JVM. Each query gets a freshly opened
 * store, so its first run shows what a user waits for the first time (the file in the system's
 * cache, the database's and the word lists' caches empty); then two warm-ups and {@code RUNS} timed
 * runs, and last one exact count for comparison. The store is the one HOME's
 * {@code etc/webcare.store.cfg} names (a PostgreSQL database), else its embedded file. Usage: {@code InboxQueryBench HOME RUNS}. Prints
 * a Markdown table.
 */
public final class InboxQueryBench {

    public static final int PAGE = 100;
    /** The Inbox view's: webcare.ui.inbox's InboxWork.COUNT_LIMIT. */
    public static final long COUNT_LIMIT = 10_000;

    private InboxQueryBench() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Instant now = Instant.now();
        Map<String, Query> queries = queries(now);
        try (Timed first = new Timed(home)) {
            long total = first.exactCount(query(null, Set.of(), null, null, Due.ANY, Set.of(), null, Sort.PRIORITY,
                    now));
            System.out.printf("Inbox items: %,d%n%n", total);
        }
        System.out.println("| Query (first page of " + PAGE + ") | Rows | Page: first ms | median ms | max ms "
                + "| Count to " + COUNT_LIMIT + ": first ms | median ms | max ms | Shown | Exact count ms | Matching |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, Query> entry : queries.entrySet()) {
            Query query = entry.getValue();
            List<Double> pages = new ArrayList<>();
            List<Double> counts = new ArrayList<>();
            int rows = 0;
            Count shown = null;
            long matching;
            double exact;
            try (Timed timed = new Timed(home)) {
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
                long started = System.nanoTime();
                matching = timed.exactCount(query);
                exact = (System.nanoTime() - started) / 1e6;
            }
            List<Double> repeated = pages.subList(1, pages.size());
            List<Double> repeatedCounts = counts.subList(1, counts.size());
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d%s | %.1f | %,d |%n",
                    entry.getKey(), rows, pages.get(0), median(repeated), max(repeated), counts.get(0),
                    median(repeatedCounts), max(repeatedCounts), shown.items(), shown.more() ? "+" : "", exact,
                    matching);
        }
    }

    /** The filters timed, by name: the Inbox view's filters and text searches, as of {@code now}. */
    public static Map<String, Query> queries(Instant now) {
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
        text(queries, "pakket", "a common word", open, now);
        text(queries, "pak", "a prefix of common words", open, now);
        text(queries, "zzzz", "no match", open, now);
        text(queries, "pakket kwijt", "a common word and an absent one", open, now);
        text(queries, "pakket factuur", "two common words, often together", open, now);
        text(queries, "pakket factuur opzeggen wachttijd", "four common words", open, now);
        text(queries, "pakket factuur opzeggen wachttijd bestelling retour", "six common words",
                open, now);
        text(queries, "!", "no word in it", open, now);
        return queries;
    }

    private static void text(Map<String, Query> queries, String text, String what, Set<Status> statuses,
            Instant now) {
        queries.put("text '" + text + "' (" + what + ")",
                query(null, Set.of(), null, null, Due.ANY, statuses, text, Sort.PRIORITY, now));
    }

    /** A freshly opened store and the two calls the Inbox view makes for a filter. */
    public static final class Timed implements AutoCloseable {

        private final HomeStore store;
        private final SqlInboxRepository inbox = new SqlInboxRepository();

        /** The store of {@code home}: the embedded file, or the database its etc/webcare.store.cfg names. */
        public Timed(Path home) throws IOException {
            store = new HomeStore(home);
        }

        /** Waits until the store is open, so a first query's time is the query's alone. */
        public Timed opened() throws StoreException {
            store.opened();
            return this;
        }

        public int page(Query query) throws StoreException {
            return store.inTransaction(tx -> inbox.page(tx, query, 0, PAGE)).size();
        }

        public Count count(Query query) throws StoreException {
            return store.inTransaction(tx -> inbox.count(tx, query, COUNT_LIMIT));
        }

        public long exactCount(Query query) throws StoreException {
            return store.inTransaction(tx -> inbox.count(tx, query));
        }

        @Override
        public void close() {
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
