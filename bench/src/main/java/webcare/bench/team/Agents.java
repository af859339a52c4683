package webcare.bench.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.DecisionChange;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.store.api.StoreException;
import webcare.store.sql.SqlInboxRepository;

/**
 * Agents working one inbox at once, each on a thread of its own with its own units of work through
 * {@link InboxRepository}, on the same few items (the first HOT open ones by priority), for a fixed
 * time. On a PostgreSQL database each agent has a store of its own (its own pool: a workbench
 * each); the embedded file can be opened by one process only, so there the agents share one store
 * (one workbench, several windows). An operation is one transaction, and one of:
 * <ul>
 * <li>claim (30%): read the items, assign the unassigned ones to oneself (as the Inbox view's
 * "assign to me" would, read first);</li>
 * <li>release (10%): assign to nobody;</li>
 * <li>status (30%): OPEN, ANSWERED, HANDLED_PRIVATELY or CLOSED;</li>
 * <li>decide (30%): read the item's decision, override it with another.</li>
 * </ul>
 * One to three items an operation (one in four: two or three, in random order). An operation the
 * database refuses (a lock time-out, a deadlock) is tried again, at most five times; only an
 * operation whose transaction returned is recorded, as what the agent believes it changed.
 *
 * <p>Then, from the database ({@code inbox_audit} through {@link InboxRepository#history} and the
 * items through {@link InboxRepository#item}): per agent, the audit rows it wrote are exactly the
 * changes it recorded (none missing: lost; none extra: doubled); per item, the final status,
 * assignee and decision are those of its last audit row of that kind. Besides, read-then-write
 * races the repository's API leaves to its callers: a claim that took an item another agent had
 * claimed meanwhile, an override whose "from" was no longer the decision.
 */
final class Agents {

    private static final String[] STATUSES = {"OPEN", "ANSWERED", "HANDLED_PRIVATELY", "CLOSED"};
    private static final String[] DECISIONS = {"ESCALATE", "HIDE_AND_EXPLAIN", "CORRECT_FACTS", "RESPOND", "MONITOR",
        "NO_ACTION"};
    private static final int TRIES = 5;

    private Agents() {}

    /** A change an agent believes it made: one item, one audit row. */
    private record Change(long id, String action, String detail) {}

    private static final class Agent implements Runnable {
        final String name;
        final HomeStore store;
        final List<Long> hot;
        final Random random;
        final long deadline;
        final CountDownLatch start;
        final InboxRepository inbox = new SqlInboxRepository();
        final List<Change> changes = new ArrayList<>();
        final List<Double> latencies = new ArrayList<>();
        final Map<String, Long> refusals = new TreeMap<>();
        long operations;
        long retried;
        long gaveUp;
        long claimsFoundTaken;
        Throwable failed;

        Agent(String name, HomeStore store, List<Long> hot, long seed, long deadline, CountDownLatch start) {
            this.name = name;
            this.store = store;
            this.hot = hot;
            this.random = new Random(seed);
            this.deadline = deadline;
            this.start = start;
        }

        @Override
        public void run() {
            try {
                start.await();
                while (System.nanoTime() < deadline) {
                    operation();
                }
            } catch (Throwable e) {
                failed = e;
            }
        }

        private void operation() throws InterruptedException {
            List<Long> ids = new ArrayList<>();
            int size = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
            while (ids.size() < size) {
                long id = hot.get(random.nextInt(hot.size()));
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            int dice = random.nextInt(10);
            String kind = dice < 3 ? "claim" : dice < 4 ? "release" : dice < 7 ? "status" : "decide";
            String status = STATUSES[random.nextInt(STATUSES.length)];
            int decision = random.nextInt(DECISIONS.length);
            long started = System.nanoTime();
            for (int attempt = 1; attempt <= TRIES; attempt++) {
                try {
                    List<Change> made = store.inTransaction(tx -> {
                        Instant now = Instant.now();
                        switch (kind) {
                            case "claim" -> {
                                List<Long> free = new ArrayList<>();
                                for (long id : ids) {
                                    Row row = inbox.item(tx, id).orElseThrow().row();
                                    if (row.assignee() == null) {
                                        free.add(id);
                                    }
                                }
                                if (free.isEmpty()) {
                                    return List.of();
                                }
                                inbox.assign(tx, free, name, name, now);
                                return free.stream().map(id -> new Change(id, "assign", name)).toList();
                            }
                            case "release" -> {
                                inbox.assign(tx, ids, null, name, now);
                                return ids.stream().map(id -> new Change(id, "assign", "")).toList();
                            }
                            case "status" -> {
                                inbox.setStatus(tx, ids, Status.valueOf(status), name, now);
                                return ids.stream().map(id -> new Change(id, "status", status)).toList();
                            }
                            default -> {
                                long id = ids.get(0);
                                String from = inbox.item(tx, id).orElseThrow().row().decision();
                                String to = DECISIONS[decision].equals(from)
                                        ? DECISIONS[(decision + 1) % DECISIONS.length] : DECISIONS[decision];
                                inbox.override(tx, new DecisionChange(id, from, to, name, "bench", now));
                                return List.of(new Change(id, "override", from + " -> " + to + ": bench"));
                            }
                        }
                    });
                    if (made.isEmpty()) {
                        claimsFoundTaken++;
                    }
                    changes.addAll(made);
                    operations++;
                    if (attempt > 1) {
                        retried++;
                    }
                    latencies.add((System.nanoTime() - started) / 1e6);
                    return;
                } catch (StoreException e) {
                    refusals.merge(why(e), 1L, Long::sum);
                    Thread.sleep(random.nextInt(5));
                }
            }
            gaveUp++;
        }
    }

    /** The SQLSTATE of a refusal, with the first words of its message. */
    private static String why(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String message = String.valueOf(sql.getMessage()).lines().findFirst().orElse("");
                return sql.getSQLState() + " " + (message.length() > 70 ? message.substring(0, 70) + "…" : message);
            }
        }
        return e.getClass().getSimpleName() + " " + e.getMessage();
    }

    static void run(Path home, int count, int seconds, int hotCount, long seed) throws Exception {
        boolean server = Files.exists(home.resolve("etc/webcare.store.cfg"));
        InboxRepository inbox = new SqlInboxRepository();
        String run = "agent" + Long.toString(seed, 36) + "-";
        List<Long> hot;
        Map<Long, String> initialDecision = new HashMap<>();
        String location;
        try (HomeStore setup = new HomeStore(home).opened()) {
            location = setup.location();
            hot = setup.inTransaction(tx -> inbox.page(tx, Query.open(Instant.now()), 0, hotCount)).stream()
                    .map(Row::mentionId).toList();
            setup.inTransaction(tx -> {
                for (long id : hot) {
                    Row row = inbox.item(tx, id).orElseThrow().row();
                    initialDecision.put(id, row.decision());
                    if (row.assignee() != null || !inbox.history(tx, id).isEmpty()) {
                        throw new IllegalStateException("item " + id + " was worked before: use fresh data");
                    }
                }
                return null;
            });
        }
        if (hot.size() < hotCount) {
            throw new IllegalStateException("only " + hot.size() + " open items");
        }
        List<HomeStore> stores = new ArrayList<>();
        List<Agent> agents = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        long[] window = new long[2];
        try {
            HomeStore shared = server ? null : new HomeStore(home).opened();
            if (shared != null) {
                stores.add(shared);
            }
            long deadline = System.nanoTime() + seconds * 1_000_000_000L + 500_000_000L;
            for (int i = 1; i <= count; i++) {
                HomeStore store = shared;
                if (store == null) {
                    store = new HomeStore(home).opened();
                    stores.add(store);
                }
                agents.add(new Agent(run + i, store, hot, seed * 31 + i, deadline, start));
            }
            List<Thread> threads = agents.stream().map(a -> new Thread(a, a.name)).toList();
            threads.forEach(Thread::start);
            Thread.sleep(500);
            window[0] = System.nanoTime();
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            window[1] = System.nanoTime();
        } finally {
            stores.forEach(HomeStore::close);
        }
        for (Agent agent : agents) {
            if (agent.failed != null) {
                throw new IllegalStateException(agent.name + " failed", agent.failed);
            }
        }
        double elapsed = (window[1] - window[0]) / 1e9;

        // what the database says
        Map<Long, List<WorkEntry>> histories = new HashMap<>();
        Map<Long, Row> finals = new HashMap<>();
        try (HomeStore check = new HomeStore(home).opened()) {
            check.inTransaction(tx -> {
                for (long id : hot) {
                    histories.put(id, inbox.history(tx, id));
                    finals.put(id, inbox.item(tx, id).orElseThrow().row());
                }
                return null;
            });
        }

        long operations = agents.stream().mapToLong(a -> a.operations).sum();
        long changes = agents.stream().mapToLong(a -> a.changes.size()).sum();
        List<Double> latencies = agents.stream().flatMap(a -> a.latencies.stream()).toList();
        Map<String, Long> refusals = new TreeMap<>();
        agents.forEach(a -> a.refusals.forEach((k, v) -> refusals.merge(k, v, Long::sum)));
        System.out.printf(Locale.ROOT, "%d agents on %s (%s), %d s, the %d first open items by priority%n%n", count,
                location, server ? "a store, and so a connection pool, per agent" : "one store shared", seconds,
                hotCount);
        System.out.println("| Agent | operations | item changes | audit rows by the agent | missing (lost) "
                + "| extra (doubled) | retried ops | gave up | claims found taken |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        long missingAll = 0;
        long extraAll = 0;
        long auditAll = 0;
        for (Agent agent : agents) {
            Map<Change, Long> believed = agent.changes.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            Map<Change, Long> written = histories.values().stream().flatMap(List::stream)
                    .filter(e -> e.who().equals(agent.name))
                    .map(e -> new Change(e.mentionId(), e.action(), e.detail()))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long audit = written.values().stream().mapToLong(Long::longValue).sum();
            long missing = 0;
            long extra = 0;
            for (Change change : union(believed, written)) {
                long difference = believed.getOrDefault(change, 0L) - written.getOrDefault(change, 0L);
                missing += Math.max(0, difference);
                extra += Math.max(0, -difference);
            }
            missingAll += missing;
            extraAll += extra;
            auditAll += audit;
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %d | %d | %d | %d | %d |%n", agent.name,
                    agent.operations, agent.changes.size(), audit, missing, extra, agent.retried, agent.gaveUp,
                    agent.claimsFoundTaken);
        }
        long otherRows = histories.values().stream().flatMap(List::stream).filter(e -> !e.who().startsWith(run))
                .count();

        // each item's final state against its last audit row of each kind; the races left to callers
        long wrongStatus = 0;
        long wrongAssignee = 0;
        long wrongDecision = 0;
        long claimsOverClaims = 0;
        long staleOverrides = 0;
        for (long id : hot) {
            String status = null;
            String assignee = null;
            String decision = initialDecision.get(id);
            for (WorkEntry entry : histories.get(id)) {
                switch (entry.action()) {
                    case "status" -> status = entry.detail();
                    case "assign" -> {
                        if (!entry.detail().isEmpty() && assignee != null && !assignee.isEmpty()) {
                            claimsOverClaims++;
                        }
                        assignee = entry.detail();
                    }
                    case "override" -> {
                        String[] fromTo = entry.detail().replaceFirst(": bench$", "").split(" -> ");
                        if (!fromTo[0].equals(decision)) {
                            staleOverrides++;
                        }
                        decision = fromTo[1];
                    }
                    default -> { }
                }
            }
            Row row = finals.get(id);
            if (status != null && !status.equals(row.status().name())) {
                wrongStatus++;
            }
            String finalAssignee = row.assignee() == null ? "" : row.assignee();
            if (assignee != null && !assignee.equals(finalAssignee)) {
                wrongAssignee++;
            }
            if (!decision.equals(row.decision())) {
                wrongDecision++;
            }
        }
        boolean pass = missingAll == 0 && extraAll == 0 && otherRows == 0 && auditAll == changes && wrongStatus == 0
                && wrongAssignee == 0 && wrongDecision == 0;
        System.out.println();
        System.out.printf(Locale.ROOT, "- **%s**: %,d operations (%,.0f a second) changed %,d items' fields; "
                + "%,d audit rows by the agents (%d missing, %d extra, %d by anyone else); final state of the %d "
                + "items against their last audit row: %d wrong statuses, %d wrong assignees, %d wrong decisions%n",
                pass ? "PASS" : "FAIL", operations, operations / elapsed, changes, auditAll, missingAll, extraAll,
                otherRows, hot.size(), wrongStatus, wrongAssignee, wrongDecision);
        System.out.printf(Locale.ROOT, "- operation time (one transaction, retries included): median %.1f ms, "
                + "p90 %.1f ms, max %.1f ms%n", TeamBench.percentile(latencies, 50),
                TeamBench.percentile(latencies, 90), Collections.max(latencies));
        System.out.printf("- refused by the database and tried again: %s; gave up after %d tries: %d%n",
                refusals.isEmpty() ? "none" : refusals.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey())
                        .collect(Collectors.joining("; ")), TRIES, agents.stream().mapToLong(a -> a.gaveUp).sum());
        System.out.printf("- read-then-write races left to the caller (not lost updates: each is in the audit): "
                + "%d claims took an item another agent held (read unassigned, written after the other's claim); "
                + "%d overrides named a stale 'from' decision%n", claimsOverClaims, staleOverrides);
        System.err.printf("team bench: agents %s: %s%n", location, pass ? "PASS" : "FAIL");
        if (!pass) {
            System.exit(3);
        }
    }

    private static <K> List<K> union(Map<K, Long> a, Map<K, Long> b) {
        List<K> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }
}
