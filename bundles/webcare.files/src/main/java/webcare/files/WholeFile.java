package webcare.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target
 * (same folder, so same file system), which is then moved over the target in one atomic move. A
 * reader sees the old file or the new one, never half of either. Where the file system cannot move
 * atomically (some network or removable drives) a plain replace is used: still never half a file
 * under the real name. When anything fails the target is as it was and the temporary is removed.
 *
 * <p>The temporary file is named {@code PREFIX-NUMBER.tmp}, {@code prefix} given by the caller
 * (".plan-draft.json", "review-session"), so a stray one left by a killed process says whose it is;
 * {@link #removeLeftovers} clears those. The folder must exist. Stateless and thread-safe; two
 * writers of one target at the same time each write a whole file and the last move wins.
 */
public final class WholeFile {

    /** Readable and writable by the file's owner only: for files that may hold a token. */
    public static final Set<PosixFilePermission> OWNER_ONLY = Set.copyOf(PosixFilePermissions.fromString("rw-------"));

    private static final String TEMPORARY = ".tmp";

    /** What goes into the file, written to {@code out}; {@link WholeFile} flushes and closes {@code out}. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private WholeFile() {}

    /**
     * Replaces {@code target} with what {@code content} writes. A new file gets the permissions a
     * newly created file gets on that file system.
     *
     * @param prefix starts the temporary file's name
     * @throws IOException when the folder is missing, a write or the move fails, or {@code content}
     *                     throws; {@code target} is then as it was
     */
    public static void write(Path target, String prefix, Content content) throws IOException {
        write(target, prefix, null, content);
    }

    /**
     * Replaces {@code target} with what {@code content} writes, the file carrying exactly
     * {@code permissions} from the moment it exists (never more open, not even while being
     * written). On a file system without POSIX permissions these are left as they are.
     *
     * @param permissions the new file's POSIX permissions, for example {@link #OWNER_ONLY}; null
     *                    for the file system's default
     * @throws IOException as {@link #write(Path, String, Content)}
     */
    public static void write(Path target, String prefix, Set<PosixFilePermission> permissions, Content content)
            throws IOException {
        Objects.requireNonNull(content, "content");
        replace(target, prefix, permissions, temporary -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.write(out);
            }
        });
    }

    /** Replaces {@code target} with {@code text} in UTF-8; see {@link #write(Path, String, Content)}. */
    public static void writeString(Path target, String prefix, String text) throws IOException {
        Objects.requireNonNull(text, "text");
        write(target, prefix, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Replaces {@code target} with a copy of {@code source}, its attributes (last-modified time,
     * permissions) included; {@code source} stays as it is.
     *
     * @throws IOException as {@link #write(Path, String, Content)}, or when {@code source} cannot be read
     */
    public static void copy(Path source, Path target, String prefix) throws IOException {
        Objects.requireNonNull(source, "source");
        replace(target, prefix, null, temporary -> Files.copy(source, temporary,
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES));
    }

    /**
     * Removes the temporary files that writes of {@code target} with {@code prefix} left when their
     * process was killed half-way ({@code PREFIX-NUMBER.tmp}, and {@code PREFIX.tmp} as earlier
     * versions named them), so a half-written copy of a file that may hold a token does not stay
     * beside it. Call it only where one thread writes {@code target}: a write running meanwhile
     * would fail (its target still whole).
     *
     * @throws IOException when the folder cannot be listed or a leftover cannot be removed
     */
    public static void removeLeftovers(Path target, String prefix) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                file -> isTemporaryOf(file.getFileName().toString(), prefix))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static boolean isTemporaryOf(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY)) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - TEMPORARY.length());
        return middle.isEmpty() || middle.length() > 1 && middle.charAt(0) == '-'
                && middle.substring(1).chars().allMatch(Character::isDigit);
    }

    /** Fills the temporary file. */
    @FunctionalInterface
    private interface Fill {
        void into(Path temporary) throws IOException;
    }

    private static void replace(Path target, String prefix, Set<PosixFilePermission> permissions, Fill fill)
            throws IOException {
        Path file = target.toAbsolutePath();
        Path temporary = createBeside(file, prefix, permissions);
        try {
            fill.into(temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException stray) {
                e.addSuppressed(stray); // a stray temporary is harmless and must not hide why the write failed
            }
            throw e;
        }
    }

    private static Path createBeside(Path file, String prefix, Set<PosixFilePermission> permissions)
            throws IOException {
        Objects.requireNonNull(prefix, "prefix");
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(file.toString(), null,
                    "cannot write: the folder " + folder + " does not exist; create it first");
        }
        boolean posix = permissions != null && file.getFileSystem().supportedFileAttributeViews().contains("posix");
        // created with the permissions: giving rights back once a token is in would leave a moment to read it
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
        while (true) {
            // not Files.createTempFile: that makes every file owner-only, whatever the caller wants
            Path temporary = folder.resolve(prefix + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + TEMPORARY);
            try {
                Files.createFile(temporary, attributes);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            if (posix) {
                Files.setPosixFilePermissions(temporary, permissions); // exactly these, whatever the umask
            }
            return temporary;
        }
    }
}
