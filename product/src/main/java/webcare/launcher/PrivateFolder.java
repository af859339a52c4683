package webcare.launcher;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A folder only its owner may enter: {@code etc/} holds tokens in plain text and the framework
 * cache keeps copies of configurations, so neither may be readable by other users of the machine.
 * The folder's own permissions are enough: nobody else can reach the files inside, whatever theirs.
 * On a file system without POSIX permissions nothing is changed.
 */
final class PrivateFolder {

    private static final Logger LOG = System.getLogger(PrivateFolder.class.getName());
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateFolder() {}

    /**
     * Creates {@code folder} (and missing parents) readable by its owner only, or takes the rights
     * of everyone else from one that exists, saying so in the log; a folder already private is left
     * as it is, so the log says it once.
     */
    static void ensure(Path folder) throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            if (posix) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectory(folder);
            }
            return;
        }
        if (!posix) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
        if (!OWNER_ONLY.containsAll(permissions)) {
            Set<PosixFilePermission> tightened = EnumSet.copyOf(OWNER_ONLY);
            tightened.retainAll(permissions);
            tightened.add(PosixFilePermission.OWNER_EXECUTE); // a folder must stay enterable for its owner
            Files.setPosixFilePermissions(folder, tightened);
            LOG.log(Level.INFO, "{0} was open to other users ({1}); now only its owner can read it: it holds tokens",
                    folder, PosixFilePermissions.toString(permissions));
        }
    }
}
