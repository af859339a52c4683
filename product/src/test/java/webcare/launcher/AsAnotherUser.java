package webcare.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;

/**
 * File permissions do not stop root, and CI runs as root: a test about a read-only folder runs
 * the product as the unprivileged user {@code nobody} then (through util-linux's setpriv), with
 * its home and a copy of the product handed to that user (the checkout may sit in a folder only
 * root can enter). As anyone else the product simply runs as that user.
 */
record AsAnotherUser(List<String> wrapper, Path distribution) {

    private static final String NOBODY = "nobody";

    /**
     * How to run the product on {@code home} without root's rights; {@code scratch} may receive a
     * copy of it. Both are JUnit temporary folders, directly in a folder anyone can enter.
     */
    static AsAnotherUser prepare(Path home, Path scratch) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new AsAnotherUser(List.of(), Product.distribution());
        }
        Path distribution = scratch.resolve("webcare");
        copy(Product.distribution(), distribution);
        UserPrincipal nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(NOBODY);
        for (Path tree : List.of(home, distribution)) {
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path path : files.toList()) {
                    Files.setOwner(path, nobody);
                }
            }
        }
        // A JUnit temporary folder is private to its owner: let nobody reach the copy inside.
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new AsAnotherUser(List.of("setpriv", "--reuid=" + NOBODY, "--regid=nogroup", "--clear-groups"),
                distribution);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
