package webcare.ui.review.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: first to a temporary file beside it, then moved into its
 * place, so a crash or a full disk never leaves half a file under the real name.
 */
final class WholeFile {

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private WholeFile() {}

    /**
     * @param prefix starts the temporary file's name, so a stray one says whose it is
     * @throws IOException the file is as it was
     */
    static void write(Path target, String prefix, Content content) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), prefix, ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // another file system (a USB stick): a plain replace, still never half a file
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a stray temporary file is harmless, and must not hide why the write failed
            }
        }
    }
}
