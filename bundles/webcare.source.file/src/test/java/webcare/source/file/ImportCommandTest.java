package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Mention;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.Query;
import webcare.store.api.MentionRepository.SaveResult;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;

/** The commands against a real H2 store in a temporary folder, wired by hand. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final List<H2Store> stores = new ArrayList<>();
    private final MentionRepository repository = new SqlMentionRepository();
    private H2Store store;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() {
        store = newStore("home");
    }

    @AfterEach
    void close() {
        stores.forEach(H2Store::close);
    }

    private H2Store newStore(String home) {
        H2Store opened = new H2Store(new HomeLaunch(dir.resolve(home)));
        stores.add(opened);
        return opened;
    }

    private void importFile(Path file) {
        importFile(store, file);
    }

    private void importFile(H2Store into, Path file) {
        new ImportCommand(into, repository).run(file.toString(), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String line(String id, String text) {
        return "{\"source\":\"twitter\",\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"created\":\"2026-10-25T08:00:0"
                + (id.length() == 1 ? id : "0") + "Z\"}\n";
    }

    private List<Mention> stored(H2Store in) throws StoreException {
        List<Mention> all = new ArrayList<>();
        in.inTransaction(tx -> {
            repository.forEach(tx, Query.ALL, all::add);
            return null;
        });
        return all;
    }

    private byte[] export(H2Store from, String format, String since, String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new MentionsCommand(from, repository, ZoneId.of("Europe/Amsterdam")).run(since, source, format, print(bytes));
        return bytes.toByteArray();
    }

    @Nested
    class Import {

        @Test
        void storesTheGoodLinesReportsTheBadOnesByLineAndExitsOne() throws Exception {
            Path mentions = file("mentions.jsonl", line("1", "eerste") + "{\"source\":\"twitter\"\n" + line("2", "tweede")
                    + "\n" + line("3", "derde").replace("2026-10-25T08:00:03Z", "yesterday") + line("4", "vierde"));

            assertThatThrownBy(() -> importFile(mentions)).isInstanceOf(CommandFailedException.class)
                    .hasMessage("2 lines of '" + mentions + "' could not be imported (see above); the others were");

            assertThat(err().lines().toList()).hasSize(2).satisfiesExactly(
                    first -> assertThat(first).startsWith(mentions + ":2: not valid JSON"),
                    second -> assertThat(second)
                            .isEqualTo(mentions + ":5: 'created' is not an ISO-8601 instant: \"yesterday\""));
            assertThat(out()).isEqualTo("imported 3 (3 new, 0 edited, 0 unchanged), 2 bad lines\n");
            assertThat(stored(store)).extracting(Mention::text).containsExactly("eerste", "tweede", "vierde");
        }

        @Test
        void addsNothingTwiceWhenRunAgainAndCountsEdits() throws Exception {
            Path first = file("first.jsonl", line("1", "een") + line("2", "twee"));
            Path second = file("second.ndjson", line("1", "een") + line("2", "twee, bewerkt") + line("3", "drie"));
            importFile(first);
            importFile(first);
            importFile(second);

            assertThat(out()).isEqualTo("imported 2 (2 new, 0 edited, 0 unchanged), 0 bad lines\n"
                    + "imported 2 (0 new, 0 edited, 2 unchanged), 0 bad lines\n"
                    + "imported 3 (1 new, 1 edited, 1 unchanged), 0 bad lines\n");
            assertThat(err()).isEmpty();
            assertThat(stored(store)).extracting(Mention::text).containsExactly("een", "twee, bewerkt", "drie");
        }

        @Test
        void readsCsvByItsExtension() throws Exception {
            Path csv = file("Export.CSV", "source,id,text,created,rating\r\ngoogle,g1,\"Goed, snel\",2026-10-25T08:00:00Z,5\r\n");

            importFile(csv);

            assertThat(stored(store)).singleElement().satisfies(mention -> {
                assertThat(mention.text()).isEqualTo("Goed, snel");
                assertThat(mention.rating()).isEqualTo(5);
                assertThat(mention.instance()).isEmpty();
            });
        }

        @Test
        void refusesAFileOfUnknownKindOrNoFileAsUsage() throws Exception {
            Path text = file("mentions.txt", line("1", "x"));

            assertThatThrownBy(() -> importFile(text)).isInstanceOf(UsageException.class)
                    .hasMessageContaining("*.jsonl").hasMessageNotContaining("\n");
            assertThatThrownBy(() -> importFile(dir.resolve("missing.jsonl"))).isInstanceOf(UsageException.class)
                    .hasMessage("no file '" + dir.resolve("missing.jsonl") + "'");
        }

        @Test
        void storesInBatchesAndReportsProgress() throws Exception {
            String lines = IntStream.rangeClosed(1, 2_345)
                    .mapToObj(i -> "{\"source\":\"feed\",\"id\":\"" + i + "\",\"text\":\"t\",\"created\":\"2026-10-25T08:00:00Z\"}\n")
                    .collect(Collectors.joining());
            AtomicInteger transactions = new AtomicInteger();
            List<Integer> batchSizes = new ArrayList<>();
            MentionRepository counting = new Recording(repository, batch -> {
                transactions.incrementAndGet();
                batchSizes.add(batch.size());
            });

            MentionImport.Result result;
            try (MentionReader reader = MentionFormat.JSONL.reader(
                    new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
                result = new MentionImport(store, counting, 1_000, 1_000, 10).run("feed.jsonl", reader, print(err));
            }

            assertThat(result).isEqualTo(new MentionImport.Result(new SaveResult(2_345, 0, 0), 0));
            assertThat(batchSizes).containsExactly(1_000, 1_000, 345);
            assertThat(err().lines()).hasSize(2).allMatch(line -> line.startsWith("feed.jsonl: ")
                    && line.contains(" lines read, ") && line.contains(" mentions stored, 0 bad ("));
        }

        @Test
        void keepsTheBatchesStoredBeforeAFailureAndARerunAddsTheRest() throws Exception {
            String lines = IntStream.rangeClosed(1, 25)
                    .mapToObj(i -> "{\"source\":\"feed\",\"id\":\"" + i + "\",\"text\":\"t\",\"created\":\"2026-10-25T08:00:00Z\"}\n")
                    .collect(Collectors.joining());
            AtomicInteger calls = new AtomicInteger();
            MentionRepository failingThird = new Recording(repository, batch -> {
                if (calls.incrementAndGet() == 3) {
                    throw new IllegalStateException("disk full");
                }
            });

            assertThatThrownBy(() -> {
                try (MentionReader reader = MentionFormat.JSONL.reader(
                        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
                    new MentionImport(store, failingThird, 10, 1_000, 10).run("feed.jsonl", reader, print(err));
                }
            }).isInstanceOf(MentionImport.Failed.class)
                    .hasMessage("lines 21 to 25 of feed.jsonl were not stored: \"disk full\"; those up to line 20 are "
                            + "stored, and importing the file again adds nothing twice");
            assertThat(stored(store)).hasSize(20);

            Path file = file("feed.jsonl", lines);
            importFile(file);
            assertThat(out()).isEqualTo("imported 25 (5 new, 0 edited, 20 unchanged), 0 bad lines\n");
        }

        @Test
        void reportsAThousandBadLinesThenOnlyCountsThem() throws Exception {
            Path junk = file("junk.jsonl", "nonsense\n".repeat(1_005));

            assertThatThrownBy(() -> importFile(junk)).isInstanceOf(CommandFailedException.class);

            List<String> lines = err().lines().toList();
            assertThat(lines).hasSize(1_001);
            assertThat(lines.get(1_000)).isEqualTo(junk + ": more than 1000 bad lines; the rest are only counted");
            assertThat(out()).isEqualTo("imported 0 (0 new, 0 edited, 0 unchanged), 1005 bad lines\n");
        }
    }

    @Nested
    class Export {

        @ParameterizedTest
        @EnumSource(MentionFormat.class)
        void exportImportExportGivesTheSameBytes(MentionFormat format) throws Exception {
            Path original = file("awkward." + format.id, new String(Lines.write(format, RoundTripTest.awkward()),
                    StandardCharsets.UTF_8));
            importFile(original);
            byte[] first = export(store, format.id, "", "");

            Path exported = Files.write(dir.resolve("exported." + format.id), first);
            H2Store other = newStore("other");
            importFile(other, exported);
            byte[] second = export(other, format.id, "", "");

            assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
            assertThat(Lines.good(Lines.read(format, first))).hasSize(RoundTripTest.awkward().size());
        }

        @Test
        void selectsBySourceAndSinceADateInTheLocalZoneOrAnInstant() throws Exception {
            Path mentions = file("m.jsonl",
                    "{\"source\":\"twitter\",\"id\":\"1\",\"text\":\"a\",\"created\":\"2026-10-24T21:59:00Z\"}\n"
                    + "{\"source\":\"twitter\",\"id\":\"2\",\"text\":\"b\",\"created\":\"2026-10-24T22:00:00Z\"}\n"
                    + "{\"source\":\"google\",\"id\":\"3\",\"text\":\"c\",\"created\":\"2026-10-25T12:00:00Z\"}\n");
            importFile(mentions);

            // midnight of 25 October in Amsterdam is 22:00 UTC on the 24th
            assertThat(ids(export(store, "jsonl", "2026-10-25", ""))).containsExactly("2", "3");
            assertThat(ids(export(store, "jsonl", "2026-10-25T00:00:00Z", ""))).containsExactly("3");
            assertThat(ids(export(store, "jsonl", "", "twitter"))).containsExactly("1", "2");
        }

        private List<String> ids(byte[] jsonl) {
            return Lines.good(Lines.read(MentionFormat.JSONL, jsonl)).stream().map(Mention::externalId).toList();
        }

        @Test
        void refusesBadOptionsWithOneLine() {
            assertThatThrownBy(() -> export(store, "xml", "", "")).isInstanceOf(UsageException.class)
                    .hasMessage("--format must be jsonl or csv, not \"xml\"");
            assertThatThrownBy(() -> export(store, "", "", "")).isInstanceOf(UsageException.class)
                    .hasMessage("say which format: --format jsonl or --format csv");
            assertThatThrownBy(() -> export(store, "csv", "yesterday", "")).isInstanceOf(UsageException.class)
                    .hasMessage("--since must be an ISO date like 2026-10-25 or an instant like 2026-10-25T08:00:00Z, "
                            + "not \"yesterday\"");
            assertThatThrownBy(() -> export(store, "csv", "2026-13-01", "")).isInstanceOf(UsageException.class);
        }
    }

    /** A repository that lets a test watch (or break) each save, then does it for real. */
    private static final class Recording implements MentionRepository {
        private final MentionRepository real;
        private final Consumer<List<Mention>> before;

        Recording(MentionRepository real, Consumer<List<Mention>> before) {
            this.real = real;
            this.before = before;
        }

        @Override
        public SaveResult save(Transaction tx, List<Mention> mentions) throws StoreException {
            before.accept(mentions);
            return real.save(tx, mentions);
        }

        @Override
        public SaveResult saveDemo(Transaction tx, List<Mention> mentions) throws StoreException {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(Transaction tx, Query query) throws StoreException {
            return real.count(tx, query);
        }

        @Override
        public void forEach(Transaction tx, Query query, Consumer<Mention> each) throws StoreException {
            real.forEach(tx, query, each);
        }

        @Override
        public List<DayCount> perDay(Transaction tx, Query query, ZoneId zone) throws StoreException {
            return real.perDay(tx, query, zone);
        }

        @Override
        public List<StoredInstance> instances(Transaction tx) throws StoreException {
            return real.instances(tx);
        }

        @Override
        public boolean hasDemo(Transaction tx) throws StoreException {
            return real.hasDemo(tx);
        }

        @Override
        public int deleteDemo(Transaction tx) throws StoreException {
            return real.deleteDemo(tx);
        }
    }
}
