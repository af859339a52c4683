package webcare.ui.sources.swt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Writing an {@code etc/*.cfg} file that may hold a token: readable by its owner only, and whole
 * or not at all, so File Install never reads half of it.
 */
final class ConfigFile {

    private ConfigFile() {}

    /**
     * Writes {@code settings} to {@code file} (replacing it) in plain ASCII, every other character
     * as a {@code \}{@code uXXXX} escape, which reads the same in UTF-8 (how File Install reads it here)
     * and in ISO 8859-1. On a file system without POSIX permissions those are left as they are.
     */
    static void write(Path file, Properties settings, String comment) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary); // left by a write that failed half-way
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        // created private: giving the rights back once the token is in would leave a moment to read it
        Files.createFile(temporary, posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0]);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            settings.store(out, comment);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
