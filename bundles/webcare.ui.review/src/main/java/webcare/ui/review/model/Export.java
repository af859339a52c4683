package webcare.ui.review.model;

import java.nio.file.Path;

/** How writing a document (the minutes, the invitation) went. */
public sealed interface Export {

    record Written(Path file) implements Export {}

    record Failed(Path file, String message) implements Export {}
}
