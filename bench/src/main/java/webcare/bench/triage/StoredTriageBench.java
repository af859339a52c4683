package webcare.bench.triage;

import com.sun.management.OperatingSystemMXBean;
import java.lang.annotation.Annotation;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.ReachClassifier;
import webcare.analysis.api.SentimentAnalyser;
import webcare.analysis.flags.abuse.AbuseDetector;
import webcare.analysis.flags.privacy.PrivateDataDetector;
import webcare.analysis.flags.threat.ThreatDetector;
import webcare.analysis.language.ProfileLanguageDetector;
import webcare.analysis.reach.ThresholdReachClassifier;
import webcare.analysis.sentiment.HybridSentimentAnalyser;
import webcare.inbox.triage.BackgroundTriage;
import webcare.inbox.triage.MentionAnalyser;
import webcare.inbox.triage.TriageBatches;
import webcare.launch.testing.HomeLaunch;
import webcare.plan.book.StoredPlanBook;
import webcare.plan.diff.PlanComparison;
import webcare.plan.json.JsonPlanCodec;
import webcare.store.api.InboxRepository;
import webcare.store.api.Store;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlLeaseRepository;
import webcare.store.sql.SqlPlanRepository;
import webcare.store.sql.H2Store;
import webcare.triage.api.ReasonRenderer;
import webcare.triage.api.Triage;
import webcare.triage.engine.TriageEngine;
import webcare.triage.reasons.ReasonTexts;
import webcare.triage.testing.Configs;

/**
 * {@code StoredTriageBench HOME [--no-phases]}: the triage of every stored, untriaged mention in
 * HOME's database, as {@code ./webcare --headless inbox} runs it: {@link BackgroundTriage} and
 * {@link TriageBatches} on their own thread, built by hand from the product's components (the
 * analysers, the rules and the reason texts with their default settings, the H2 store), with the
 * crisis plan of {@link TriageInputs#plan()} saved first. Reports mentions per second of wall time,
 * of the process's CPU time (every thread: H2's writer, the collector and the compiler included)
 * and of the triage thread's; then the time per phase ({@link Phases}; {@code --no-phases} leaves
 * the services unwrapped, to see what the watching costs) and a fingerprint of everything triage
 * wrote (the same input must give the same fingerprint before and after a change of speed).
 * Prints Markdown; progress on stderr.
 */
public final class StoredTriageBench {

    static final String READ = "read untriaged mentions";
    static final String HISTORIES = "read author histories";
    static final String LANGUAGE = "analysis: language";
    static final String SENTIMENT = "analysis: sentiment";
    static final String FLAGS = "analysis: flags (3 detectors)";
    static final String REACH = "analysis: reach";
    static final String RULES = "rules with memory context";
    static final String REASONS = "reason texts (nl + en)";
    static final String SAVE = "saveTriage (triage, inbox_item, histories, words)";
    static final String REDECIDE = "redecide (raises of earlier batches)";

    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StoredTriageBench() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        boolean watched = !Arrays.asList(args).contains("--no-phases");
        HomeLaunch launch = new HomeLaunch(home, "bench");
        H2Store h2 = new H2Store(launch);
        SqlInboxRepository h2Inbox = new SqlInboxRepository();
        StoredPlanBook plans = new StoredPlanBook(h2, new SqlPlanRepository(), new JsonPlanCodec(), new PlanComparison());
        plans.replace(TriageInputs.plan(), "bench");
        long waiting = h2.inTransaction(h2Inbox::untriagedCount);

        Phases phases = new Phases(READ, HISTORIES, LANGUAGE, SENTIMENT, FLAGS, REACH, RULES, REASONS, SAVE,
                REDECIDE);
        Store store = watched ? phases.timedTransactions(h2) : h2;
        InboxRepository inbox = watched ? phases.timed(InboxRepository.class, h2Inbox,
                Map.of("untriaged", READ, "authorHistories", HISTORIES, "saveTriage", SAVE, "redecide", REDECIDE),
                null) : h2Inbox;
        MentionAnalyser analyser = new MentionAnalyser(
                watch(phases, watched, LanguageDetector.class, new ProfileLanguageDetector(), LANGUAGE),
                watch(phases, watched, SentimentAnalyser.class,
                        new HybridSentimentAnalyser(launch, defaults(HybridSentimentAnalyser.Config.class)), SENTIMENT),
                watch(phases, watched, ReachClassifier.class,
                        new ThresholdReachClassifier(defaults(ThresholdReachClassifier.Config.class)), REACH),
                List.of(new PrivateDataDetector(defaults(PrivateDataDetector.Config.class)), new AbuseDetector(launch),
                        new ThreatDetector(launch)).stream()
                        .map(detector -> watch(phases, watched, FlagDetector.class, detector, FLAGS)).toList());
        TriageEngine engine = new TriageEngine(Configs.defaults());
        Triage triage = watched ? phases.timed(Triage.class, engine, Map.of("triage", RULES), null) : engine;
        ReasonRenderer renderer = watch(phases, watched, ReasonRenderer.class, new ReasonTexts(), REASONS);
        TriageBatches batches = new TriageBatches(store, inbox, analyser, triage, plans, renderer);
        BackgroundTriage background = new BackgroundTriage(new OneService<>(batches), launch, store, inbox, new SqlLeaseRepository());

        System.err.printf(Locale.ROOT, "stored triage bench: triaging %,d stored mentions%n", waiting);
        long cpuBefore = CPU.getProcessCpuTime();
        long gcBefore = gcMillis();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long started = System.nanoTime();
        long triaged = background.triageWaiting();
        long wall = System.nanoTime() - started;
        long cpu = CPU.getProcessCpuTime() - cpuBefore;
        long gc = gcMillis() - gcBefore;
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        long triageThreadCpu = threadCpu("webcare-triage");
        h2.close();

        System.out.printf(Locale.ROOT, "Stored triage of %,d mentions, one triage thread; Java %s, %s; JVM options: %s%n%n",
                triaged, System.getProperty("java.version"), collectors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("| measure | value |");
        System.out.println("|---|---:|");
        row("wall time, s", wall / 1e9);
        row("process CPU time (all threads), s", cpu / 1e9);
        row("triage thread CPU time, s", triageThreadCpu / 1e9);
        row("garbage collection, s (wall, all collectors)", gc / 1e3);
        row("JIT compilation, s (elapsed, summed over compiler threads)", jit / 1e3);
        rate("mentions per wall second", triaged, wall);
        rate("**mentions per process CPU second**", triaged, cpu);
        rate("mentions per triage-thread CPU second", triaged, triageThreadCpu);
        if (watched) {
            secondHalf(phases.ends(), triaged);
            System.out.println();
            System.out.println("| phase (triage thread, wall) | s | µs per mention | share |");
            System.out.println("|---|---:|---:|---:|");
            Map<String, Long> totals = phases.totals();
            long sum = totals.values().stream().mapToLong(Long::longValue).sum();
            totals.forEach((phase, nanos) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f | %.0f %% |%n",
                    phase, nanos / 1e9, nanos / 1e3 / triaged, 100.0 * nanos / sum));
            System.out.printf(Locale.ROOT, "| all transactions | %.2f | %.1f | |%n", sum / 1e9, sum / 1e3 / triaged);
        }
        System.out.println();
        fingerprint(home);
    }

    private static <T> T watch(Phases phases, boolean watched, Class<T> type, T service, String phase) {
        return watched ? phases.timed(type, service, phase) : service;
    }

    /** The rate over the later half of the transactions: the JIT's warm-up is mostly behind. */
    private static void secondHalf(List<long[]> ends, long triaged) {
        if (ends.size() < 4) {
            return;
        }
        long[] middle = ends.get(ends.size() / 2);
        long[] last = ends.get(ends.size() - 1);
        double share = (ends.size() - 1 - ends.size() / 2) / (double) ends.size();
        System.out.printf(Locale.ROOT, "| later half of the batches: mentions per wall second (about) | %,.0f |%n",
                triaged * share / ((last[0] - middle[0]) / 1e9));
        System.out.printf(Locale.ROOT, "| later half of the batches: mentions per triage-thread CPU second (about) | %,.0f |%n",
                triaged * share / ((last[1] - middle[1]) / 1e9));
    }

    /**
     * A hash per table of what triage wrote, without the time it ran (the texts of reasons are
     * included: what the inbox shows must stay the same), read after the store is closed.
     */
    private static void fingerprint(Path home) throws Exception {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("triage", "SELECT mention_id, sentiment, decision, flags, reasons FROM triage ORDER BY mention_id");
        tables.put("inbox_item", "SELECT mention_id, source, author_key, lang, polarity, decision, overridden, priority,"
                + " due_at, created_at, status, assignee FROM inbox_item ORDER BY mention_id");
        tables.put("author_history", "SELECT source, author_key, items, negative FROM author_history "
                + "ORDER BY source, author_key");
        tables.put("inbox_audit", "SELECT mention_id, who, action, detail FROM inbox_audit ORDER BY mention_id, id");
        tables.put("decisions", "SELECT decision, COUNT(*) FROM inbox_item GROUP BY decision ORDER BY decision");
        System.out.println("| what triage wrote | rows | SHA-256 (first 16) |");
        System.out.println("|---|---:|---|");
        // read-only: the file stays as the store closed it, its close record true
        String url = "jdbc:h2:" + home.toAbsolutePath().resolve("data").resolve("webcare") + ";ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            wordIndex(connection);
            for (Map.Entry<String, String> table : tables.entrySet()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                List<String> shown = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(table.getValue())) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        rows++;
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            row.append(result.getString(i)).append('\u0001');
                        }
                        digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                        if (table.getKey().equals("decisions")) {
                            shown.add(result.getString(1) + " " + result.getString(2));
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "| %s | %,d | %s |%n", table.getKey() + (shown.isEmpty() ? ""
                        : " (" + String.join(", ", shown) + ")"), rows,
                        HexFormat.of().formatHex(digest.digest()).substring(0, 16));
            }
        }
    }

    /**
     * The word index as (word, item) pairs in word and item order, whichever way it is stored: a
     * row per pair (inbox_word, V006) or blocks of a word's items (inbox_posting, V008: first_id,
     * then each further id as its step from the one before in unsigned LEB128 varints), so that
     * the two layouts give the same hash for the same words.
     */
    private static void wordIndex(Connection connection) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long pairs = 0;
        boolean blocks;
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "INBOX_POSTING", null)) {
            blocks = tables.next();
        }
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(blocks
                ? "SELECT word, first_id, ids FROM inbox_posting ORDER BY word, first_id"
                : "SELECT word, mention_id FROM inbox_word ORDER BY word, mention_id")) {
            while (rows.next()) {
                String word = rows.getString(1);
                long id = rows.getLong(2);
                digest.update((word + '\u0001' + id + "\u0001\n").getBytes(StandardCharsets.UTF_8));
                pairs++;
                if (blocks) {
                    long step = 0;
                    int shift = 0;
                    for (byte b : rows.getBytes(3)) {
                        step |= (long) (b & 0x7f) << shift;
                        shift += 7;
                        if (b >= 0) {
                            id += step;
                            digest.update((word + '\u0001' + id + "\u0001\n").getBytes(StandardCharsets.UTF_8));
                            pairs++;
                            step = 0;
                            shift = 0;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "| word index, (word, item) pairs (%s) | %,d | %s |%n",
                blocks ? "inbox_posting" : "inbox_word", pairs, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    private static void row(String name, double value) {
        System.out.printf(Locale.ROOT, "| %s | %.2f |%n", name, value);
    }

    private static void rate(String name, long count, long nanos) {
        System.out.printf(Locale.ROOT, "| %s | %,.0f |%n", name, count / (nanos / 1e9));
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static String collectors() {
        return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }

    private static long threadCpu(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name))
                .mapToLong(thread -> ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId()))
                .sum();
    }

    /** A component's configuration as DS gives it without a {@code .cfg} file: every key's default. */
    private static <A extends Annotation> A defaults(Class<A> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return type;
                    }
                    if (method.getDefaultValue() == null) {
                        throw new UnsupportedOperationException(type.getName() + "." + method.getName());
                    }
                    return method.getDefaultValue();
                }));
    }

    /** The one instance DS would hand {@link BackgroundTriage}. */
    private record OneService<S>(S service) implements ComponentServiceObjects<S> {

        @Override
        public S getService() {
            return service;
        }

        @Override
        public void ungetService(S service) {}

        @Override
        public ServiceReference<S> getServiceReference() {
            return null;
        }
    }
}
