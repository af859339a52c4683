package webcare.ui.sources.swt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import webcare.files.WholeFile;

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
        String prefix = "." + file.getFileName();
        WholeFile.removeLeftovers(file, prefix); // a half-written copy may hold a token
        WholeFile.write(file, prefix, WholeFile.OWNER_ONLY, out -> settings.store(out, comment));
    }
}
