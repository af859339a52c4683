package webcare.ui.review.swt;

import java.nio.file.Path;

/** How writing a document (the minutes, the invitation) went. */
sealed interface Export {

    record Written(Path file) implements Export {}

    record Failed(Path file, String message) implements Export {}
}
