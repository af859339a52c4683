package webcare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path folder;

    @Test
    void aWriteReplacesTheFileWholeAndLeavesNothingBeside() throws IOException {
        Path file = folder.resolve("plan.json");
        Files.writeString(file, "an old and much longer content that must not survive in part");

        WholeFile.write(file, ".plan.json", out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(namesIn(folder)).containsExactly("plan.json");
    }

    @Test
    void writesAFileThatDidNotExistYet() throws IOException {
        Path file = folder.resolve("session.json");

        WholeFile.writeString(file, "review-session", "café ☕");

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("café ☕");
        assertThat(namesIn(folder)).containsExactly("session.json");
    }

    @Test
    void aFailingWriterLeavesTheOldFileByteForByteAndNoTemporaryBehind() throws IOException {
        Path file = folder.resolve("layout.properties");
        byte[] old = {1, 2, 3, 0, (byte) 0xFF};
        Files.write(file, old);

        assertThatThrownBy(() -> WholeFile.write(file, ".layout", out -> {
            out.write(new byte[100_000]); // more than a buffer: part of it reaches the temporary file
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(namesIn(folder)).containsExactly("layout.properties");
    }

    @Test
    void aWriterThatThrowsAnUncheckedExceptionAlsoLeavesNoTemporary() throws IOException {
        Path file = folder.resolve("export.pdf");

        assertThatThrownBy(() -> WholeFile.write(file, ".webcare-export", out -> {
            throw new IllegalStateException("no font");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(namesIn(folder)).isEmpty();
    }

    @Test
    void theNewFileCarriesExactlyTheGivenPermissions() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = folder.resolve("webcare.source.twitter-brand.cfg");
        Files.writeString(file, "token=old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        WholeFile.write(file, ".webcare.source.twitter-brand.cfg", WholeFile.OWNER_ONLY,
                out -> out.write("token=new".getBytes(StandardCharsets.US_ASCII)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("token=new");
    }

    @Test
    void withoutPermissionsANewFileGetsTheFileSystemsDefaultNotOwnerOnly() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path plain = folder.resolve("plain");
        Files.createFile(plain);
        Path file = folder.resolve("plan.html");

        WholeFile.writeString(file, ".plan.html", "<p>plan</p>");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aMissingFolderGivesAnErrorNamingTheFolder() {
        Path missing = folder.resolve("no-such-folder");
        Path file = missing.resolve("plan-draft.json");

        assertThatThrownBy(() -> WholeFile.writeString(file, ".plan-draft.json", "{}"))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("the folder " + missing + " does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aCopyReplacesTheTargetWithTheSourceAndItsModifiedTime() throws IOException {
        Path source = folder.resolve("webcare.mv.db.before-recovery-20260101T000000Z");
        Path target = folder.resolve("webcare.mv.db");
        Files.writeString(source, "whole state");
        FileTime then = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(source, then);
        Files.writeString(target, "damaged");

        WholeFile.copy(source, target, ".webcare.mv.db");

        assertThat(Files.readString(target)).isEqualTo("whole state");
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(then);
        assertThat(Files.readString(source)).isEqualTo("whole state");
        assertThat(namesIn(folder)).containsExactlyInAnyOrder(source.getFileName().toString(), "webcare.mv.db");
    }

    @Test
    void aCopyOfAMissingSourceLeavesTheTargetAsItWas() throws IOException {
        Path target = folder.resolve("webcare.mv.db");
        Files.writeString(target, "as it was");

        assertThatThrownBy(() -> WholeFile.copy(folder.resolve("gone"), target, ".webcare.mv.db"))
                .isInstanceOf(NoSuchFileException.class);

        assertThat(Files.readString(target)).isEqualTo("as it was");
        assertThat(namesIn(folder)).containsExactly("webcare.mv.db");
    }

    @Test
    void aRelativeTargetIsWrittenBesideItselfInTheWorkingFolder() throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(folder.resolve("relative.txt"));

        WholeFile.writeString(relative, ".relative.txt", "here");

        assertThat(Files.readString(folder.resolve("relative.txt"))).isEqualTo("here");
        assertThat(namesIn(folder)).containsExactly("relative.txt");
    }

    @Test
    void removesTheLeftoversOfKilledWritesOfThatFileOnly() throws IOException {
        Path file = folder.resolve("webcare.source.feed-forum.cfg");
        List<String> leftovers = List.of(".webcare.source.feed-forum.cfg-8812001.tmp", ".webcare.source.feed-forum.cfg.tmp");
        List<String> others = List.of(".webcare.source.feed-forum.cfg2-8812001.tmp", ".webcare.source.feed-forum.cfg-x.tmp",
                ".webcare.source.feed-forum.cfg-.tmp", "webcare.source.feed-forum.cfg");
        for (String name : leftovers) {
            Files.writeString(folder.resolve(name), "token=half");
        }
        for (String name : others) {
            Files.writeString(folder.resolve(name), "kept");
        }

        WholeFile.removeLeftovers(file, ".webcare.source.feed-forum.cfg");

        assertThat(namesIn(folder)).containsExactlyInAnyOrderElementsOf(others);
    }

    @Test
    void theTemporaryAWriteUsesIsALeftoverWhenItsProcessIsKilled() throws IOException {
        Path file = folder.resolve("plan-draft.json");
        List<String> during = new ArrayList<>();
        WholeFile.writeString(folder.resolve("probe"), ".plan-draft.json", "x"); // same prefix, another target
        WholeFile.write(file, ".plan-draft.json", out -> during.addAll(namesIn(folder)));
        String temporary = during.stream().filter(name -> name.startsWith(".plan-draft.json")).findFirst().orElseThrow();
        Files.writeString(folder.resolve(temporary), "{\"half"); // as a kill -9 before the move leaves it

        WholeFile.removeLeftovers(file, ".plan-draft.json");

        assertThat(namesIn(folder)).containsExactly("plan-draft.json", "probe");
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
