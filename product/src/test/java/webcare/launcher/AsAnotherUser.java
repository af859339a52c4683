package webcare.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;

/**
 * File permissions do not stop root, and CI runs as root: a test about a read-only folder runs
 * the product as the unprivileged user {@code nobody} then (through util-linux's setpriv), on a
 * home handed to that user. As anyone else the product simply runs as that user.
 */
final class AsAnotherUser {

    private static final String NOBODY = "nobody";

    private AsAnotherUser() {}

    /** The command prefix to run the product with; gives {@code home} (and the folders above it) to nobody when root. */
    static List<String> wrapper(Path home) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        UserPrincipal nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(NOBODY);
        try (Stream<Path> files = Files.walk(home)) {
            for (Path path : files.toList()) {
                Files.setOwner(path, nobody);
            }
        }
        // A JUnit temporary folder is private to its owner: let nobody reach the home inside it.
        for (Path above = home.getParent(); above != null && !above.equals(Path.of("/tmp")); above = above.getParent()) {
            Files.setPosixFilePermissions(above, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return List.of("setpriv", "--reuid=" + NOBODY, "--regid=nogroup", "--clear-groups");
    }
}
