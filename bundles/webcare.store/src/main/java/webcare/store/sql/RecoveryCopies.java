package webcare.store.sql;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import webcare.files.WholeFile;

/**
 * Copies of the database file kept before an open that may recover or rewrite it:
 * {@code webcare.mv.db.before-recovery-20261205T210712Z} beside the file. Nobody but the user
 * deletes them: they may hold the only whole state of a damaged file.
 */
final class RecoveryCopies {

    static final String INFIX = ".before-recovery-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RecoveryCopies() {}

    /** Copies {@code dataFile} aside, whole or not at all (beside, then moved), and returns the copy. */
    static Path copyAside(Path dataFile, Instant now) throws IOException {
        String base = dataFile.getFileName() + INFIX + STAMP.format(now);
        Path copy = dataFile.resolveSibling(base);
        for (int n = 2; Files.exists(copy); n++) {
            copy = dataFile.resolveSibling(base + "-" + n);
        }
        WholeFile.copy(dataFile, copy, "." + copy.getFileName());
        return copy;
    }

    /** Puts the bytes of {@code copy} back as {@code dataFile} (replacing whatever H2 left) and deletes the copy. */
    static void restore(Path copy, Path dataFile) throws IOException {
        WholeFile.copy(copy, dataFile, "." + dataFile.getFileName());
        Files.delete(copy);
    }

    /** The copies beside {@code dataFile}, oldest first. */
    static List<Path> beside(Path dataFile) throws IOException {
        String prefix = dataFile.getFileName() + INFIX;
        try (Stream<Path> files = Files.list(dataFile.getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .filter(file -> !file.getFileName().toString().endsWith(".part")) // half a copy, by an older version
                    .sorted()
                    .toList();
        }
    }

    /**
     * Whether another process (or an earlier failed open in this one) holds the file's lock, as
     * H2 takes it while the database is open. Checked before a copy: a file being written by a
     * running workbench must not be copied, it is simply in use.
     */
    static boolean locked(Path dataFile) throws IOException {
        try (FileChannel channel = FileChannel.open(dataFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
