package webcare.bench.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import webcare.launch.testing.HomeLaunch;
import webcare.source.file.ImportCommand;
import webcare.source.file.MentionsCommand;
import webcare.store.api.MentionRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;

/**
 * {@code ImportBench run [--lines N] [--rounds R] [--work DIR] [--variants plain,webcare]}: imports
 * a generated JSON Lines file of N mentions (default 1,000,000) with the product's pipeline
 * ({@code ImportCommand} on {@code H2Store} and {@code SqlMentionRepository}, constructed by hand,
 * no framework) and with the floor ({@link FloorImport}), each in a JVM of its own capped at
 * {@code -Xmx512m}, R rounds, interleaved, and prints a Markdown report on stdout (progress on
 * stderr). JVM variants: {@code plain} is {@code -Xmx512m} and the JVM's defaults; {@code webcare}
 * adds the options {@code ./webcare} starts the product with (serial GC, C1 only, 16 MB young
 * generation).
 *
 * <p>The child modes: {@code generate FILE N}, {@code floor FILE DIR}, {@code pipeline FILE DIR [twice]}
 * ({@code twice}: then imports the same file again, which must add nothing);
 * each ends with one {@code RESULT key=value …} line.
 */
public final class ImportBench {

    private static final Map<String, List<String>> VARIANTS = Map.of(
            "plain", List.of("-Xmx512m"),
            "webcare", List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmn16m"));
    /** Rows per JDBC batch and commit in the floor: the same as the import's transactions. */
    private static final int FLOOR_BATCH = 1_000;
    /** Before each run, wait at most this long for the machine to be idle. */
    private static final long QUIET_WAIT_SECONDS = 60;
    /** A run during which other processes used more than this share of a CPU is disturbed. */
    private static final double DISTURBED = 0.15;
    private static final long CHILD_TIMEOUT_MINUTES = 10;
    private static final HeapWatch HEAP = new HeapWatch();

    private ImportBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "generate" -> {
                long started = System.nanoTime();
                GeneratedMentions.write(Path.of(args[1]), Integer.parseInt(args[2]));
                result("generate", Map.of("seconds", seconds(started), "bytes", Files.size(Path.of(args[1]))));
            }
            case "floor" -> {
                HEAP.start();
                floor(Path.of(args[1]), Path.of(args[2]));
            }
            case "pipeline" -> {
                HEAP.start();
                pipeline(Path.of(args[1]), Path.of(args[2]), args.length > 3 && args[3].equals("twice"));
            }
            case "run" -> run(Arrays.asList(args).subList(1, args.length));
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: ImportBench run [--lines N] [--rounds R] [--work DIR] [--variants plain,webcare]");
        System.exit(2);
    }

    // ---- children ----------------------------------------------------------------------------

    private static void floor(Path file, Path dir) throws Exception {
        FloorImport.Result result = FloorImport.run(file, dir, FLOOR_BATCH);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rows", result.rows());
        values.put("seconds", result.seconds());
        values.putAll(resources());
        values.put("dbBytes", Files.size(dir.resolve("floor.mv.db")));
        result("floor", values);
    }

    private static void pipeline(Path file, Path home, boolean rerun) throws Exception {
        H2Store store = new H2Store(new HomeLaunch(home, "bench"));
        MentionRepository mentions = new SqlMentionRepository();
        ImportCommand command = new ImportCommand(store, mentions);
        store.inTransaction(tx -> null); // opened and migrated before the clock starts
        long started = System.nanoTime();
        command._import(file.toString());
        double seconds = seconds(started);
        long rows = store.inTransaction(tx -> mentions.count(tx, MentionRepository.Query.ALL));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rows", rows);
        values.put("seconds", seconds);
        values.putAll(resources()); // of the import alone
        if (rerun) {
            // the same file again: everything is there, nothing may be added
            long again = System.nanoTime();
            command._import(file.toString());
            values.put("rerunSeconds", seconds(again));
            values.put("rowsAfterRerun", store.inTransaction(tx -> mentions.count(tx, MentionRepository.Query.ALL)));
            // and everything out again, as the mentions command writes it (to nowhere)
            PrintStream out = System.out;
            CountingStream exported = new CountingStream();
            long export = System.nanoTime();
            try {
                System.setOut(new PrintStream(exported, false, StandardCharsets.UTF_8));
                new MentionsCommand(store, mentions).mentions("", "", "jsonl");
            } finally {
                System.setOut(out);
            }
            values.put("exportSeconds", seconds(export));
            values.put("exportBytes", exported.count);
            values.put("exportSameBytes", HexFormat.of().formatHex(exported.sha256.digest()).equals(sha256(file)));
        }
        store.close();
        values.put("cpuTotalSeconds", resources().get("cpuSeconds"));
        values.put("dbBytes", Files.size(home.resolve("data/webcare.mv.db")));
        result("pipeline", values);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** CPU seconds of this process, peak heap used, peak resident memory (Linux). */
    private static Map<String, Object> resources() throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        String[] stat = Files.readString(Path.of("/proc/self/stat")).replaceFirst("^.*\\) ", "").split(" ");
        // fields 14 and 15 of stat (utime, stime), counted after the command name: 12 and 13
        values.put("cpuSeconds", (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0);
        values.put("heapPeakMiB", HEAP.peak / 1048576.0);
        values.put("heapMaxMiB", Runtime.getRuntime().maxMemory() / 1048576.0);
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                values.put("rssPeakMiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
            }
        }
        return values;
    }

    private static void result(String kind, Map<String, Object> values) {
        StringBuilder line = new StringBuilder("RESULT kind=" + kind);
        values.forEach((key, value) -> line.append(' ').append(key).append('=')
                .append(value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value));
        System.out.println(line);
    }

    /** Bytes written, counted and hashed, not kept. */
    private static final class CountingStream extends OutputStream {
        final MessageDigest sha256 = sha256();
        long count;

        @Override
        public void write(int b) {
            count++;
            sha256.update((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
            sha256.update(bytes, offset, length);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The most heap in use at any moment, sampled every 50 ms. */
    private static final class HeapWatch {
        private volatile long peak;

        HeapWatch start() {
            Thread watch = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (true) {
                    peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            watch.setDaemon(true);
            watch.start();
            return this;
        }
    }

    // ---- the run -----------------------------------------------------------------------------

    /** One child run: its RESULT values, and what the rest of the machine did meanwhile. */
    private record Run(String variant, String kind, Map<String, String> values, double wallSeconds,
            double machineBusyCpus, double loadBefore) {

        double number(String key) {
            return Double.parseDouble(values.get(key));
        }

        double perSecond() {
            return number("rows") / number("seconds");
        }

        /** CPUs' worth of work by other processes during the run. */
        double othersCpus() {
            String all = values.getOrDefault("cpuTotalSeconds", values.get("cpuSeconds"));
            return Math.max(0, machineBusyCpus - Double.parseDouble(all) / wallSeconds);
        }

        boolean disturbed() {
            return othersCpus() > DISTURBED;
        }
    }

    private static void run(List<String> args) throws Exception {
        int lines = 1_000_000;
        int rounds = 2;
        Path work = Path.of("bench/target/import");
        List<String> variants = List.of("plain", "webcare");
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--lines" -> lines = Integer.parseInt(args.get(i + 1));
                case "--rounds" -> rounds = Integer.parseInt(args.get(i + 1));
                case "--work" -> work = Path.of(args.get(i + 1));
                case "--variants" -> variants = List.of(args.get(i + 1).split(","));
                default -> usage();
            }
        }
        Files.createDirectories(work);
        Path file = work.resolve("mentions-" + lines + ".jsonl");
        if (!Files.exists(file)) {
            say("generating " + file);
            child(List.of("-Xmx512m"), "generate", file.toString(), Integer.toString(lines));
        }
        say(String.format("%s: %,d bytes, %,d lines", file, Files.size(file), lines));
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (String variant : variants) {
                // alternate who goes first, so drift in the machine's speed hits both alike
                List<String> order = round % 2 == 1 ? List.of("floor", "pipeline") : List.of("pipeline", "floor");
                for (String kind : order) {
                    Path dir = work.resolve("db-" + kind);
                    delete(dir);
                    Files.createDirectories(dir);
                    say("round " + round + "/" + rounds + ": " + kind + " (" + variant + ")");
                    // the second import of the same file (nothing new) is measured in the first round
                    List<String> child = kind.equals("floor") ? List.of(kind, file.toString(), dir.toString())
                            : List.of(kind, file.toString(), dir.toString(), round == 1 ? "twice" : "once");
                    runs.add(measure(variant, kind, child));
                    delete(dir);
                }
            }
        }
        report(file, lines, rounds, variants, runs);
    }

    private static Run measure(String variant, String kind, List<String> args) throws Exception {
        waitForQuiet();
        double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        long[] before = cpuTicks();
        long started = System.nanoTime();
        Map<String, String> values = child(VARIANTS.get(variant), args.toArray(String[]::new));
        double wall = seconds(started);
        long[] after = cpuTicks();
        double busy = (after[0] - before[0]) / 100.0 / wall;
        Run run = new Run(variant, kind, values, wall, busy, load);
        say(String.format(Locale.ROOT, "  %,.0f mentions/s (%.1f s), heap peak %.0f MiB, others used %.0f%% of a CPU%s",
                run.perSecond(), run.number("seconds"), run.number("heapPeakMiB"), 100 * run.othersCpus(),
                run.disturbed() ? " (disturbed)" : ""));
        return run;
    }

    /** Waits until other processes use less than {@link #DISTURBED} of a CPU for a second, at most a minute. */
    private static void waitForQuiet() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(QUIET_WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            long[] before = cpuTicks();
            Thread.sleep(1_000);
            long[] after = cpuTicks();
            if ((after[0] - before[0]) / 100.0 < DISTURBED) {
                return;
            }
        }
        say("the machine did not become idle within " + QUIET_WAIT_SECONDS + " s; measuring anyway");
    }

    /** Busy and total jiffies of the whole machine, from /proc/stat. */
    private static long[] cpuTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        long total = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) {
            long value = Long.parseLong(cpu[i]);
            total += value;
            if (i != 4 && i != 5) { // idle, iowait
                busy += value;
            }
        }
        return new long[] {busy, total};
    }

    private static Map<String, String> child(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ImportBench.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> values = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        int equals = pair.indexOf('=');
                        values.put(pair.substring(0, equals), pair.substring(equals + 1));
                    }
                } else {
                    System.err.println("  " + line);
                }
            }
        }
        if (!process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("child " + String.join(" ", args) + " took too long");
        }
        if (process.exitValue() != 0 || values.isEmpty()) {
            throw new IllegalStateException("child " + String.join(" ", args) + " failed: exit " + process.exitValue());
        }
        return values;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void say(String message) {
        System.err.println("import bench: " + message);
    }

    // ---- the report --------------------------------------------------------------------------

    private static void report(Path file, int lines, int rounds, List<String> variants, List<Run> runs)
            throws IOException {
        System.out.printf("%s UTC, %s: %,d lines, %.0f MiB; %d rounds, floor and pipeline interleaved; floor commits "
                + "every %,d rows; Java %s, %d CPUs%n%n", Instant.now().toString().substring(0, 16).replace('T', ' '),
                file.getFileName(), lines, Files.size(file) / 1048576.0, rounds, FLOOR_BATCH,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| JVM options | import | runs (disturbed) | median mentions/s | min | max | median s "
                + "| CPU s (median) | heap peak MiB (max) | RSS peak MiB (max) | database MiB | others' CPU (max) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String variant : variants) {
            for (String kind : List.of("floor", "pipeline")) {
                List<Run> all = select(runs, variant, kind);
                List<Run> some = undisturbed(all);
                System.out.printf(Locale.ROOT, "| %s (`%s`) | %s | %d (%d) | %,.0f | %,.0f | %,.0f | %.1f | %.1f "
                        + "| %.0f | %.0f | %.0f | %.0f %% |%n", variant, String.join(" ", VARIANTS.get(variant)), kind,
                        all.size(), all.stream().filter(Run::disturbed).count(), median(some, Run::perSecond),
                        min(some, Run::perSecond), max(some, Run::perSecond), median(some, r -> r.number("seconds")),
                        median(some, r -> r.number("cpuSeconds")), max(all, r -> r.number("heapPeakMiB")),
                        max(all, r -> r.number("rssPeakMiB")), median(some, r -> r.number("dbBytes")) / 1048576.0,
                        100 * max(all, Run::othersCpus));
            }
        }
        System.out.println();
        for (String variant : variants) {
            List<Run> floor = undisturbed(select(runs, variant, "floor"));
            List<Run> pipeline = undisturbed(select(runs, variant, "pipeline"));
            List<Run> twice = select(runs, variant, "pipeline").stream()
                    .filter(r -> r.values().containsKey("rerunSeconds")).toList();
            System.out.printf(Locale.ROOT, "- %s: pipeline / floor = **%.2f** (medians); rows after the import: %s",
                    variant, median(pipeline, Run::perSecond) / median(floor, Run::perSecond),
                    distinct(select(runs, variant, "pipeline"), "rows"));
            if (!twice.isEmpty()) {
                System.out.printf(Locale.ROOT, "; the same file imported again (nothing new): %.1f s (%,.0f lines/s), "
                        + "rows after it: %s; all exported again as JSON Lines (`mentions --format jsonl`): %.1f s, "
                        + "%,.0f bytes, the same bytes as the generated file: %s",
                        median(twice, r -> r.number("rerunSeconds")),
                        lines / median(twice, r -> r.number("rerunSeconds")), distinct(twice, "rowsAfterRerun"),
                        median(twice, r -> r.number("exportSeconds")), median(twice, r -> r.number("exportBytes")),
                        distinct(twice, "exportSameBytes"));
            }
            System.out.println();
        }
        System.out.println();
        System.out.println("Raw mentions/s, run by run (* disturbed):");
        System.out.println();
        for (String variant : variants) {
            for (String kind : List.of("floor", "pipeline")) {
                StringBuilder raw = new StringBuilder("- " + variant + " " + kind + ":");
                select(runs, variant, kind).forEach(r -> raw.append(String.format(Locale.ROOT, " %.0f%s",
                        r.perSecond(), r.disturbed() ? "*" : "")));
                System.out.println(raw);
            }
        }
    }

    private static List<Run> select(List<Run> runs, String variant, String kind) {
        return runs.stream().filter(r -> r.variant().equals(variant) && r.kind().equals(kind)).toList();
    }

    /** The runs nobody else disturbed; all of them when every one was. */
    private static List<Run> undisturbed(List<Run> runs) {
        List<Run> quiet = runs.stream().filter(r -> !r.disturbed()).toList();
        return quiet.isEmpty() ? runs : quiet;
    }

    private static String distinct(List<Run> runs, String key) {
        return String.join("/", runs.stream().map(r -> r.values().get(key)).distinct().toList());
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        return runs.stream().mapToDouble(value).min().orElse(Double.NaN);
    }

    private static double max(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        return runs.stream().mapToDouble(value).max().orElse(Double.NaN);
    }
}
