package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file that was damaged on disk, or left open by a killed process, is never opened
 * silently: the product keeps a copy of it first and says so in one line, or refuses it as
 * damaged and leaves it exactly as it was.
 */
class DamagedDatabaseIT {

    @TempDir
    Path home;

    @TempDir
    Path scratch;

    private Path file;

    @BeforeEach
    void names() {
        file = home.resolve("data/webcare.mv.db");
    }

    private Product.Run webcare(String... arguments) throws Exception {
        return Product.run(home, Product.distribution(), Map.of(), arguments);
    }

    /** The demo set, stored and closed cleanly: 4,007 mentions. */
    private byte[] demoDatabase() throws Exception {
        assertThat(webcare("--headless", "demo", "load").exit()).isZero();
        return Files.readAllBytes(file);
    }

    private List<Path> copies() throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(path -> path.getFileName().toString().startsWith("webcare.mv.db.before-recovery-"))
                    .toList();
        }
    }

    private void truncate(long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    @Test
    void aFileCutShortIsCopiedAsitWasAndTheLossIsNamed() throws Exception {
        byte[] whole = demoDatabase();
        int cut = whole.length * 77 / 100;
        truncate(cut);

        Product.Run run = webcare("--headless", "database");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(copies()).hasSize(1);
        Path copy = copies().get(0);
        assertThat(Files.size(copy)).isEqualTo(cut);
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).startsWith("webcare: Database " + file + " changed on disk after Webcare closed it")
                .contains("is damaged", "of 4,007 mentions", "kept as " + copy);
        assertThat(run.out()).contains("Kept before a recovery: " + copy);
        assertThat(file.resolveSibling("webcare.trace.db")).doesNotExist();

        Product.Run again = webcare("--headless", "database");
        assertThat(again.exit()).as("opened cleanly the next time: " + again.err()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).contains("Kept before a recovery: " + copy);
    }

    @Test
    void aFileCutToItsFirstBlockIsRefusedAsDamagedAndLeftAsItWas() throws Exception {
        demoDatabase();
        truncate(4096);
        byte[] damaged = Files.readAllBytes(file);

        Product.Run run = webcare("--headless", "database");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).hasLineCount(1)
                .startsWith("webcare database: Database " + file + " is damaged")
                .contains("restore it from a backup", "did not change the file")
                .doesNotContain("[90", "in use");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        assertThat(copies()).isEmpty();
        assertThat(file.resolveSibling("webcare.trace.db")).doesNotExist();
    }

    @Test
    void aFileCutDeepIsNeverToldInUseAndNeverOpenedSilently() throws Exception {
        demoDatabase();
        truncate(300_000);
        byte[] damaged = Files.readAllBytes(file);

        Product.Run run = webcare("--headless", "database");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("is damaged").doesNotContain("in use", "[90");
        if (copies().isEmpty()) {
            assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        } else {
            assertThat(Files.readAllBytes(copies().get(0))).isEqualTo(damaged);
        }
        assertThat(file.resolveSibling("webcare.trace.db")).doesNotExist();
    }

    @Test
    void anEmptyFileIsRefusedAsDamaged() throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[0]);

        Product.Run run = webcare("--headless", "database");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).hasLineCount(1).contains(file + " is damaged: it is empty (0 bytes)");
        assertThat(file).isEmptyFile();
        assertThat(copies()).isEmpty();
    }

    @Test
    void aProcessKilledWhileWritingLeavesAFileThatIsCopiedBeforeItIsRecovered() throws Exception {
        Path mentions = scratch.resolve("many.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(mentions, StandardCharsets.UTF_8)) {
            for (int n = 0; n < 150_000; n++) {
                out.write("{\"source\":\"feed\",\"id\":\"m" + n + "\",\"created\":\"2026-12-01T10:00:00Z\","
                        + "\"text\":\"Bestelling " + n + " is nog steeds niet geleverd, hoe zit dat?\"}\n");
            }
        }
        Process importing = Product.start(home, Product.distribution(), Map.of(), scratch.resolve("out.txt"),
                scratch.resolve("err.txt"), "--headless", "import", mentions.toString());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!(Files.exists(file) && Files.size(file) > 2_000_000)) {
            assertThat(importing.isAlive()).as("the import is still writing").isTrue();
            assertThat(Instant.now()).as("the import started writing").isBefore(deadline);
            Thread.onSpinWait();
        }
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();
        byte[] left = Files.readAllBytes(file);

        Product.Run run = webcare("--headless", "database");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(copies()).hasSize(1);
        assertThat(Files.readAllBytes(copies().get(0))).isEqualTo(left);
        assertThat(run.err().strip()).hasLineCount(1)
                .startsWith("webcare: Database " + file + " was not closed properly last time")
                .contains("kept as " + copies().get(0));
    }

    @Test
    void aReadOnlyDataFolderIsNamedWithWhatToDo() throws Exception {
        demoDatabase();
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            AsAnotherUser user = AsAnotherUser.prepare(home, scratch);
            Product.Run run = Product.run(user.wrapper(), home, user.distribution(), Map.of(), "--headless",
                    "database");

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().strip()).hasLineCount(1)
                    .contains("cannot write its database in " + file.getParent(), "read-only", "chmod u+w",
                            "WEBCARE_HOME")
                    .doesNotContain("SQL statement");
        } finally {
            Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
