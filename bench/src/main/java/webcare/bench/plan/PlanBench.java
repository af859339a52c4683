package webcare.bench.plan;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import webcare.launch.testing.HomeLaunch;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.Finding;
import webcare.plan.api.PlanBook;
import webcare.plan.api.WorkingPlan;
import webcare.plan.book.StoredPlanBook;
import webcare.plan.diff.PlanComparison;
import webcare.plan.health.PlanHealthCheck;
import webcare.plan.json.JsonPlanCodec;
import webcare.report.PdfPlanExporter;
import webcare.store.sql.SqlPlanRepository;
import webcare.store.sql.H2Store;

/**
 * {@code PlanBench run [--cold N] [--warm N] [--work DIR]}: the big plan ({@link BigPlan}: 500
 * people, 60 roles, 2,000 tasks, 40 scenarios) stored in a fresh H2 database, then opened
 * ({@code PlanBook.working()}: read from H2 and parsed), checked ({@code PlanHealth.check}) and
 * exported to PDF — the product's own components, constructed by hand, no framework. Cold: each
 * of N child JVMs does it once, as the first thing after opening the database (JVM start and
 * opening the database not counted), with the options {@code ./webcare} starts the workbench with.
 * Warm: one JVM does it N times after as many warm-up rounds. Prints a Markdown report.
 */
public final class PlanBench {

    private static final List<String> WORKBENCH_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xmn16m");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** The workbench's users are Dutch first: the check and the PDF speak Dutch, as in the editor. */
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private PlanBench() {}

    public static void main(String[] args) throws Exception {
        List<String> words = Arrays.asList(args);
        Path work = Path.of(option(words, "--work", "bench/target/plan"));
        switch (words.isEmpty() ? "" : words.get(0)) {
            case "run" -> run(work, Integer.parseInt(option(words, "--cold", "5")),
                    Integer.parseInt(option(words, "--warm", "20")));
            case "once" -> System.out.println("RESULT " + timed(work, 1).get(0));
            case "repeat" -> {
                int times = Integer.parseInt(words.get(1));
                timed(work, times); // warm-up
                timed(work, times).forEach(round -> System.out.println("RESULT " + round));
            }
            default -> throw new IllegalArgumentException("usage: PlanBench run [--cold N] [--warm N] [--work DIR]");
        }
    }

    private static String option(List<String> words, String name, String otherwise) {
        int at = words.indexOf(name);
        return at >= 0 && at + 1 < words.size() ? words.get(at + 1) : otherwise;
    }

    /** One measurement: milliseconds to open, to check and to export, and what they produced. */
    private record Round(double openMs, double checkMs, double pdfMs, int findings, long pdfBytes) {
        double totalMs() {
            return openMs + checkMs + pdfMs;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "open=%.1f check=%.1f pdf=%.1f total=%.1f findings=%d pdfBytes=%d",
                    openMs, checkMs, pdfMs, totalMs(), findings, pdfBytes);
        }

        static Round parse(String line) {
            double[] v = new double[6];
            String[] parts = line.substring("RESULT ".length()).split(" ");
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i].substring(parts[i].indexOf('=') + 1));
            }
            return new Round(v[0], v[1], v[2], (int) v[4], (long) v[5]);
        }
    }

    private static void run(Path work, int cold, int warm) throws Exception {
        Files.createDirectories(work);
        Plan plan = BigPlan.generate();
        long started = System.nanoTime();
        Components components = Components.open(work.resolve("home"));
        try {
            components.book().replace(plan, "bench");
        } finally {
            components.close();
        }
        System.err.printf("plan bench: stored the plan in %.0f ms%n", (System.nanoTime() - started) / 1e6);
        List<Round> colds = new ArrayList<>();
        for (int i = 0; i < cold; i++) {
            colds.addAll(child(work, WORKBENCH_OPTIONS, "once"));
        }
        List<Round> warms = child(work, List.of(), "repeat", Integer.toString(warm));
        System.out.println("| run | open ms | check ms | PDF ms | total ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        colds.forEach(round -> row("cold (new JVM, ./webcare options)", round));
        row("warm median of " + warms.size(), median(warms));
        row("warm slowest", warms.stream().max((a, b) -> Double.compare(a.totalMs(), b.totalMs())).orElseThrow());
        Round any = warms.get(0);
        System.out.printf("%nfindings: %d; PDF: %,d bytes%n", any.findings(), any.pdfBytes());
    }

    private static void row(String name, Round round) {
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | **%.0f** |%n", name, round.openMs(),
                round.checkMs(), round.pdfMs(), round.totalMs());
    }

    private static Round median(List<Round> rounds) {
        List<Round> sorted = rounds.stream().sorted((a, b) -> Double.compare(a.totalMs(), b.totalMs())).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Round> child(Path work, List<String> options, String... mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PlanBench.class.getName()));
        command.addAll(Arrays.asList(mode));
        command.addAll(List.of("--work", work.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Round> rounds = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    rounds.add(Round.parse(line));
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("child " + command + " failed");
        }
        return rounds;
    }

    private static List<Round> timed(Path work, int times) throws Exception {
        Components components = Components.open(work.resolve("home"));
        try {
            components.store().inTransaction(tx -> null); // opened before the clock starts
            PdfPlanExporter pdf = new PdfPlanExporter();
            PlanHealthCheck health = new PlanHealthCheck();
            List<Round> rounds = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                long t0 = System.nanoTime();
                WorkingPlan working = components.book().working();
                long t1 = System.nanoTime();
                List<Finding> findings = health.check(working.plan(), TODAY, DUTCH);
                long t2 = System.nanoTime();
                Path file = work.resolve("plan.pdf");
                try (OutputStream out = Files.newOutputStream(file)) {
                    pdf.write(working.plan(), new ExportContext(null, DUTCH,
                            ZoneId.of("Europe/Amsterdam"), Instant.now()), out);
                }
                long t3 = System.nanoTime();
                rounds.add(new Round((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, findings.size(),
                        Files.size(file)));
            }
            return rounds;
        } finally {
            components.close();
        }
    }

    /** The plan's components as the framework would wire them. */
    private record Components(H2Store store, PlanBook book) implements AutoCloseable {
        static Components open(Path home) {
            H2Store store = new H2Store(new HomeLaunch(home, "bench"));
            JsonPlanCodec codec = new JsonPlanCodec();
            return new Components(store, new StoredPlanBook(store, new SqlPlanRepository(), codec, new PlanComparison()));
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
