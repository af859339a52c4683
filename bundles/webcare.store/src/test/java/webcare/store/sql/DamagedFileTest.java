package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.model.Mention;
import webcare.store.api.Recovery;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * A database file that was not closed cleanly or was damaged on disk is never opened silently:
 * it is copied aside first and the user is told, or it is refused as damaged and left exactly as
 * it was.
 */
class DamagedFileTest {

    private static final Instant NOW = Instant.parse("2026-12-05T21:07:12Z");
    private static final String COPY = "webcare.mv.db.before-recovery-20261205T210712Z";

    @TempDir
    Path data;

    private final List<H2Store> opened = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final SqlMentionRepository mentions = new SqlMentionRepository(Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void closeStores() {
        opened.forEach(H2Store::close);
    }

    private H2Store open() {
        H2Store store = new H2Store(data, Migration.bundled(), "9.9.9-test", Clock.fixed(NOW, ZoneOffset.UTC),
                notices::add);
        opened.add(store);
        return store;
    }

    private void closeAll() {
        opened.forEach(H2Store::close);
        opened.clear();
    }

    private Path file() {
        return data.resolve("webcare.mv.db");
    }

    /** Stores {@code count} mentions, five hundred per transaction, so the file has several chunks. */
    private void store(H2Store store, int from, int count) throws StoreException {
        for (int start = from; start < from + count; start += 500) {
            List<Mention> batch = IntStream.range(start, Math.min(start + 500, from + count))
                    .mapToObj(n -> SqlMentionRepositoryTest.tweet(Integer.toString(n),
                            "Bestelling " + n + " is nog steeds niet geleverd, wat is er aan de hand?",
                            "2026-12-01T10:00:00Z", null))
                    .toList();
            store.inTransaction(tx -> mentions.save(tx, batch));
        }
    }

    private long mentionCount(H2Store store) throws StoreException {
        return store.inTransaction(tx -> mentions.count(tx, webcare.store.api.MentionRepository.Query.ALL));
    }

    /** A database with 2,000 mentions, closed cleanly. */
    private byte[] closedDatabase() throws Exception {
        H2Store store = open();
        store(store, 0, 2000);
        closeAll();
        return Files.readAllBytes(file());
    }

    private List<String> filesBeside() throws IOException {
        try (var files = Files.list(data)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCleanlyClosedFileOpensAsItIsWithoutACopy() throws Exception {
        byte[] before = closedDatabase();
        assertThat(filesBeside()).containsExactly("webcare.closed.properties", "webcare.mv.db");

        H2Store store = open();

        assertThat(mentionCount(store)).isEqualTo(2000);
        assertThat(store.recovery()).isEmpty();
        assertThat(notices).isEmpty();
        assertThat(filesBeside()).as("the close record goes while the file is open").containsExactly("webcare.mv.db");
        assertThat(before).isNotEmpty();
    }

    @Test
    void aFileLeftOpenByACrashIsCopiedBeforeH2RecoversIt() throws Exception {
        H2Store running = open();
        store(running, 0, 2000);
        // H2 writes committed work to the file within a second; a crash after that finds it there.
        running.inTransaction(tx -> SqlTransaction.sql(tx, connection -> connection.createStatement().execute("CHECKPOINT")));
        // What a kill -9 leaves: the file as the running database has it, and no close record.
        Path crashed = Files.createDirectories(data.resolve("crashed"));
        Files.copy(file(), crashed.resolve("webcare.mv.db"));
        byte[] image = Files.readAllBytes(crashed.resolve("webcare.mv.db"));
        closeAll();
        data = crashed;

        H2Store store = open();

        assertThat(mentionCount(store)).isEqualTo(2000);
        Recovery recovery = store.recovery().orElseThrow();
        assertThat(recovery.cause()).isEqualTo(Recovery.Cause.NOT_CLOSED_CLEANLY);
        assertThat(recovery.copy()).isEqualTo(crashed.resolve(COPY).toString());
        assertThat(Files.readAllBytes(crashed.resolve(COPY))).isEqualTo(image);
        assertThat(recovery.mentionsNow()).isEqualTo(2000);
        assertThat(recovery.mentionsLost()).isFalse();
        assertThat(notices).containsExactly(recovery.message());
        assertThat(recovery.message()).doesNotContain("\n")
                .contains(crashed.resolve("webcare.mv.db").toString(), "not closed properly", "2,000 mentions",
                        crashed.resolve(COPY).toString());
    }

    @Test
    void aFileCutShortAfterACleanCloseIsCopiedAndTheLossIsCounted() throws Exception {
        byte[] whole = closedDatabase();
        int cut = whole.length * 77 / 100;
        truncate(cut);

        H2Store store = open();

        long left = mentionCount(store);
        Recovery recovery = store.recovery().orElseThrow();
        assertThat(recovery.cause()).isEqualTo(Recovery.Cause.DAMAGED);
        assertThat(recovery.mentionsLost()).isTrue();
        assertThat(recovery.mentionsAtLastClose()).hasValue(2000);
        assertThat(recovery.mentionsNow()).isEqualTo(left).isLessThan(2000);
        assertThat(Files.readAllBytes(data.resolve(COPY))).isEqualTo(java.util.Arrays.copyOf(whole, cut));
        assertThat(recovery.message()).doesNotContain("\n")
                .contains("is damaged", "of 2,000 mentions", data.resolve(COPY).toString(),
                        String.format(java.util.Locale.ROOT, "%,d bytes now", cut));
        assertThat(notices).containsExactly(recovery.message());
        assertThat(filesBeside()).doesNotContain("webcare.trace.db");
    }

    @Test
    void aFileCutShortWithoutACloseRecordIsToldDamagedByItsOwnHeader() throws Exception {
        byte[] whole = closedDatabase();
        // As an older version left it: closed cleanly, no record beside it.
        Files.delete(CloseRecord.beside(file()));
        truncate(whole.length * 77 / 100);

        H2Store store = open();

        long left = mentionCount(store);
        Recovery recovery = store.recovery().orElseThrow();
        assertThat(recovery.cause()).isEqualTo(Recovery.Cause.DAMAGED);
        assertThat(recovery.mentionsAtLastClose()).isEmpty();
        assertThat(recovery.message()).contains("is damaged (its newest part is cut short or overwritten)",
                String.format(Locale.ENGLISH, "with %,d mentions", left), COPY);
    }

    @ParameterizedTest(name = "cut to {0} per mille")
    @ValueSource(ints = {950, 770, 500, 260, 100})
    void aFileCutShortIsEitherRecoveredFromACopyOrRefusedUntouched(int perMille) throws Exception {
        byte[] whole = closedDatabase();
        int cut = whole.length / 1000 * perMille;
        truncate(cut);
        byte[] damaged = Files.readAllBytes(file());

        H2Store store = open();
        expectCopiedOrRefused(store, damaged);
    }

    @Test
    void aFileCutToItsFirstBlockIsRefusedAsDamagedAndLeftAsItWas() throws Exception {
        closedDatabase();
        truncate(4096);
        byte[] damaged = Files.readAllBytes(file());

        H2Store store = open();

        assertThatThrownBy(() -> mentionCount(store)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Database " + file() + " is damaged")
                .hasMessageContaining("restore it from a backup")
                .hasMessageNotContaining("[90").hasMessageNotContaining("\n");
        assertLeftAsItWas(damaged);
    }

    @Test
    void aFileOfGarbageAfterTheHeaderIsRefusedAsDamaged() throws Exception {
        byte[] whole = closedDatabase();
        byte[] garbage = whole.clone();
        byte[] noise = "garbage ".repeat(whole.length / 8).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(noise, 0, garbage, 8192, garbage.length - 8192);
        Files.write(file(), garbage);

        H2Store store = open();
        expectCopiedOrRefused(store, garbage);
    }

    @Test
    void anEmptyFileIsRefusedAsDamaged() throws Exception {
        Files.write(file(), new byte[0]);

        H2Store store = open();

        assertThatThrownBy(() -> mentionCount(store))
                .hasMessage("Database " + file() + " is damaged: it is empty (0 bytes): restore it from a backup, "
                        + "or move it away to start with an empty database. Webcare did not change the file.");
        assertLeftAsItWas(new byte[0]);
    }

    @Nested
    class WhenTheCloseRecordDoesNotMatch {

        @Test
        void aFileReplacedAfterTheCloseIsCopiedAndNothingMissingIsSaid() throws Exception {
            closedDatabase();
            // Same contents, another modification time: a backup put back, say.
            Files.setLastModifiedTime(file(), java.nio.file.attribute.FileTime.from(NOW.minusSeconds(3600)));

            H2Store store = open();

            assertThat(mentionCount(store)).isEqualTo(2000);
            Recovery recovery = store.recovery().orElseThrow();
            assertThat(recovery.cause()).isEqualTo(Recovery.Cause.CHANGED_ON_DISK);
            assertThat(recovery.mentionsLost()).isFalse();
            assertThat(recovery.message()).contains("changed on disk", "no rows are missing", COPY);
        }
    }

    /** Either opened after a copy of exactly the damaged bytes was kept, or refused with the file as it was. */
    private void expectCopiedOrRefused(H2Store store, byte[] damaged) throws Exception {
        try {
            long count = mentionCount(store);
            Recovery recovery = store.recovery().orElseThrow();
            assertThat(recovery.cause()).isEqualTo(Recovery.Cause.DAMAGED);
            assertThat(Files.readAllBytes(Path.of(recovery.copy()))).isEqualTo(damaged);
            assertThat(recovery.mentionsNow()).isEqualTo(count);
            assertThat(notices).containsExactly(recovery.message());
        } catch (StoreException refused) {
            assertThat(refused).hasMessageStartingWith("Database " + file() + " is damaged")
                    .hasMessageNotContaining("[90").hasMessageNotContaining("\n");
            assertThat(store.state()).isInstanceOf(StoreState.Failed.class);
            assertLeftAsItWas(damaged);
        }
        assertThat(filesBeside()).doesNotContain("webcare.trace.db");
    }

    private void assertLeftAsItWas(byte[] damaged) throws IOException {
        closeAll();
        assertThat(Files.readAllBytes(file())).isEqualTo(damaged);
        assertThat(filesBeside()).noneMatch(name -> name.contains("before-recovery") || name.endsWith(".part"))
                .doesNotContain("webcare.trace.db");
    }

    private void truncate(long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
