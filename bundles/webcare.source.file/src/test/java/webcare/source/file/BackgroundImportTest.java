package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.ingest.api.ImportProgress;
import webcare.ingest.api.ImportRun;
import webcare.ingest.api.ImportSummary;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Mention;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.Query;
import webcare.store.api.StoreException;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;

/** The workbench's import against a real H2 store in a temporary folder: one transaction or nothing. */
class BackgroundImportTest {

    private static final Duration EVERY_LINE = Duration.ZERO;

    @TempDir
    Path dir;

    private final MentionRepository repository = new SqlMentionRepository();
    private final List<ImportProgress> reports = new CopyOnWriteArrayList<>();
    private H2Store store;
    private BackgroundImport imports;

    @BeforeEach
    void open() {
        Path home = dir.resolve("home");
        store = new H2Store(new HomeLaunch(home));
        imports = new BackgroundImport(store, repository, 10, EVERY_LINE);
    }

    @AfterEach
    void close() {
        imports.close();
        store.close();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String line(int id, String text) {
        return "{\"source\":\"feed\",\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"created\":\"2026-10-25T08:00:00Z\"}\n";
    }

    private static String lines(int from, int to, String text) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> line(i, text)).collect(Collectors.joining());
    }

    private static ImportSummary finished(ImportRun run) throws Exception {
        return run.result().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static Throwable failure(ImportRun run) {
        try {
            run.result().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the import did not fail in time", e);
        }
        throw new AssertionError("the import did not fail");
    }

    private List<Mention> stored() throws StoreException {
        List<Mention> all = new ArrayList<>();
        store.inTransaction(tx -> {
            repository.forEach(tx, Query.ALL, all::add);
            return null;
        });
        return all;
    }

    private long count() throws StoreException {
        return store.inTransaction(tx -> repository.count(tx, Query.ALL));
    }

    /** The real repository, with {@code before} called ahead of every save. */
    private MentionRepository watching(Runnable before) {
        return (MentionRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MentionRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("save")) {
                        before.run();
                    }
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void importsAGoodFileAndReportsProgressEndingAtItsSize() throws Exception {
        Path file = file("feed.jsonl", lines(1, 2_345, "t"));

        ImportSummary summary = finished(imports.start(file, reports::add));

        assertThat(summary).isEqualTo(new ImportSummary(2_345, 0, 0, 0, List.of(), false));
        assertThat(count()).isEqualTo(2_345);
        assertThat(reports).isNotEmpty().last()
                .isEqualTo(new ImportProgress(Files.size(file), Files.size(file), 2_345, 0));
        assertThat(reports).extracting(ImportProgress::bytesRead).isSorted();
        assertThat(reports.get(reports.size() - 1).percent()).isEqualTo(100);
    }

    @Test
    void readsCsvToo() throws Exception {
        Path file = file("Export.CSV", "source,id,text,created\r\ngoogle,g1,\"Goed, snel\",2026-10-25T08:00:00Z\r\n");

        assertThat(finished(imports.start(file, reports::add)).added()).isEqualTo(1);
        assertThat(stored()).extracting(Mention::text).containsExactly("Goed, snel");
    }

    @Test
    void countsTheBadLinesAndListsTheFirstHundredWithTheirLineNumbers() throws Exception {
        Path file = file("mixed.jsonl", line(1, "een") + "{\"source\":\"feed\"\n" + line(2, "twee")
                + line(3, "drie").replace("2026-10-25T08:00:00Z", "yesterday") + "nonsense\n".repeat(150));

        ImportSummary summary = finished(imports.start(file, reports::add));

        assertThat(summary.added()).isEqualTo(2);
        assertThat(summary.bad()).isEqualTo(152);
        assertThat(summary.badLines()).hasSize(ImportSummary.MAX_BAD_LINES).satisfies(listed -> {
            assertThat(listed.get(0)).startsWith("line 2: not valid JSON");
            assertThat(listed.get(1)).isEqualTo("line 4: 'created' is not an ISO-8601 instant: \"yesterday\"");
            assertThat(listed.get(2)).startsWith("line 5: ");
        });
        assertThat(reports).last().satisfies(last -> assertThat(last.bad()).isEqualTo(152));
        assertThat(stored()).extracting(Mention::text).containsExactly("een", "twee");
    }

    @Test
    void cancelledMidwayLeavesTheDatabaseExactlyAsItWasEditsIncluded() throws Exception {
        finished(imports.start(file("before.jsonl", lines(1, 50, "eerder")), progress -> {}));
        List<Mention> before = stored();
        AtomicInteger saves = new AtomicInteger();
        BackgroundImport counted = new BackgroundImport(store, watching(saves::incrementAndGet), 10, EVERY_LINE);
        // the first 50 lines edit the mentions stored before; the rest are new
        Path file = file("edits.jsonl", lines(1, 5_000, "bewerkt"));
        AtomicReference<ImportRun> run = new AtomicReference<>();
        AtomicLong seenByOthers = new AtomicLong(-1);
        try {
            run.set(counted.start(file, progress -> {
                reports.add(progress);
                if (progress.linesRead() == 2_500) {
                    try {
                        seenByOthers.set(count());
                    } catch (StoreException e) {
                        throw new IllegalStateException(e);
                    }
                    run.get().cancel();
                }
            }));
            ImportSummary summary = finished(run.get());

            assertThat(summary.cancelled()).isTrue();
            assertThat(List.of(summary.added(), summary.edited(), summary.unchanged())).containsOnly(0L);
        } finally {
            counted.close();
        }
        assertThat(saves.get()).as("batches stored before the cancel, then rolled back").isGreaterThan(200);
        assertThat(seenByOthers.get()).as("what others saw while it ran").isEqualTo(50);
        assertThat(reports).extracting(ImportProgress::linesRead).last().isEqualTo(2_500L);
        assertThat(count()).isEqualTo(50);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void stoppingTheComponentMidImportReturnsOnlyOnceTheImportHasRolledBack() throws Exception {
        BackgroundImport stopping = new BackgroundImport(store, repository, 10, EVERY_LINE);
        CountDownLatch underway = new CountDownLatch(1);
        ImportRun run = stopping.start(file("long.jsonl", lines(1, 5_000, "t")), progress -> {
            if (progress.linesRead() == 100) {
                underway.countDown();
            }
        });
        assertThat(underway.await(10, TimeUnit.SECONDS)).isTrue();

        stopping.close();

        assertThat(run.result().toCompletableFuture().isDone()).as("finished before close returned").isTrue();
        assertThat(finished(run).cancelled()).isTrue();
        assertThat(count()).isZero();
    }

    @Test
    void aCancelBeforeTheCommitKeepsNothingEvenOfASmallFile() throws Exception {
        AtomicReference<ImportRun> run = new AtomicReference<>();
        run.set(imports.start(file("small.jsonl", lines(1, 3, "t")), progress -> run.get().cancel()));

        assertThat(finished(run.get()).cancelled()).isTrue();
        assertThat(count()).isZero();
    }

    @Test
    void aStoreFailureLeavesNothingAndSaysSoInOneLine() throws Exception {
        finished(imports.start(file("before.jsonl", lines(1, 5, "eerder")), progress -> {}));
        List<Mention> before = stored();
        AtomicInteger saves = new AtomicInteger();
        BackgroundImport failing = new BackgroundImport(store, watching(() -> {
            if (saves.incrementAndGet() == 3) {
                throw new IllegalStateException("disk full");
            }
        }), 10, EVERY_LINE);
        try {
            Throwable failure = failure(failing.start(file("feed.jsonl", lines(1, 45, "nieuw")), progress -> {}));

            assertThat(failure).hasMessage("lines 21 to 30 of feed.jsonl were not stored: \"disk full\"; nothing of "
                    + "it was kept: import it again once that is solved");
        } finally {
            failing.close();
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesAFileOfUnknownKindWithOneLineSayingWhatToDo() throws Exception {
        Throwable failure = failure(imports.start(file("mentions.txt", line(1, "x")), reports::add));

        assertThat(failure.getMessage()).contains("'mentions.txt'", "*.jsonl", "*.csv").doesNotContain("\n");
        assertThat(reports).isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    void aMissingFileFailsWithOneLineNamingIt() {
        assertThatThrownBy(() -> {
            throw failure(imports.start(dir.resolve("missing.jsonl"), reports::add));
        }).hasMessage("cannot read 'missing.jsonl': there is no such file; nothing of it was imported: check the file "
                + "and import it again");
    }

    @Test
    void listsTheBadLinesInDutchForADutchWindowKeepingFieldNamesAndValues() throws Exception {
        Path file = file("gemengd.jsonl", line(1, "een") + "{\"source\":\"feed\"\n"
                + line(3, "drie").replace("2026-10-25T08:00:00Z", "gisteren") + line(4, "vier").replace("\"id\":\"4\",", ""));

        ImportSummary summary = finished(imports.start(file, reports::add, Locale.forLanguageTag("nl")));

        assertThat(summary.badLines()).containsExactly(
                "regel 2: geen geldige JSON in kolom 17 (\"unexpected end of input: expected close marker for Object\")",
                "regel 3: 'created' is geen ISO 8601-tijdstip: \"gisteren\"",
                "regel 4: 'id' ontbreekt");
    }

    @Test
    void saysAFailureInDutchForADutchWindowAndInEnglishWithoutALanguage() {
        Path missing = dir.resolve("weg.jsonl");

        assertThat(failure(imports.start(missing, reports::add, Locale.forLanguageTag("nl")))).hasMessage(
                "'weg.jsonl' kan niet worden gelezen: het bestand bestaat niet; er is niets van geïmporteerd: "
                        + "controleer het bestand en importeer het opnieuw");
        assertThat(failure(imports.start(dir.resolve("berichten.txt"), reports::add, Locale.forLanguageTag("nl"))))
                .hasMessage("het formaat van 'berichten.txt' is niet te herkennen: geef het bestand de extensie "
                        + ".jsonl, .json of .ndjson (JSON Lines) of .csv");
        assertThat(failure(imports.start(missing, reports::add, Locale.ENGLISH)).getMessage())
                .isEqualTo(failure(imports.start(missing, reports::add)).getMessage())
                .startsWith("cannot read 'weg.jsonl': there is no such file");
    }

    @Test
    void saysAStoreFailureInDutchWithTheCauseQuotedNeverItsClassName() throws Exception {
        BackgroundImport failing = new BackgroundImport(store, watching(() -> {
            throw new IllegalStateException("disk full");
        }), 10, EVERY_LINE);
        try {
            Throwable failure = failure(failing.start(file("feed.jsonl", lines(1, 15, "nieuw")), progress -> {},
                    Locale.forLanguageTag("nl")));

            assertThat(failure).hasMessage("regels 1 tot en met 10 van feed.jsonl zijn niet opgeslagen: \"disk full\"; "
                    + "er is niets van bewaard: importeer het opnieuw als dat is opgelost");
        } finally {
            failing.close();
        }
    }

    @Test
    void offersTheExtensionsItReads() {
        assertThat(imports.fileExtensions()).containsExactly("jsonl", "json", "ndjson", "csv");
    }
}
