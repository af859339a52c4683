package webcare.ui.inbox.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import webcare.files.WholeFile;

/**
 * Answers kept on this computer while the database could not take them (a team's server away):
 * {@code data/reply-drafts/<mention id>.txt}, written whole in one move, until the database has the
 * answer. Without a folder nothing is kept here.
 */
public final class LocalDrafts {

    private final Path folder;

    /** @param folder where the drafts go; null keeps none */
    public LocalDrafts(Path folder) {
        this.folder = folder;
    }

    /** Keeps {@code text} for the mention; false when there is no folder to keep it in. */
    public boolean keep(long mentionId, String text) throws IOException {
        if (folder == null) {
            return false;
        }
        Files.createDirectories(folder);
        Path file = file(mentionId);
        WholeFile.writeString(file, "." + file.getFileName(), text);
        return true;
    }

    /** The text kept for the mention, when there is one. */
    public Optional<String> find(long mentionId) {
        if (folder == null || !Files.isRegularFile(file(mentionId))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file(mentionId), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The database has the answer now: the copy here goes. */
    public void forget(long mentionId) {
        if (folder != null) {
            try {
                Files.deleteIfExists(file(mentionId));
            } catch (IOException e) {
                // kept one more time: the next open offers the same text, nothing is lost
            }
        }
    }

    private Path file(long mentionId) {
        return folder.resolve(mentionId + ".txt");
    }
}
