package webcare.ingest.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.Mention;

/**
 * Reads a mention file (docs/MENTIONS.md) in order without storing it, for commands that process
 * a file as a stream (such as {@code triage --input}). A bad line costs only itself.
 */
@ProviderType
public interface MentionFileReader {

    /** What a reading is told, line by line in file order. */
    interface Lines {

        /** A valid mention on {@code line} (from 1). */
        void mention(long line, Mention mention);

        /** A line that holds no valid mention; {@code reason} is one line for people, naming the field. */
        void bad(long line, String reason);
    }

    /** The file name extensions it reads, lower case, without the dot. */
    List<String> fileExtensions();

    /**
     * Reads {@code file} from start to end, one line at a time, never the whole file in memory.
     *
     * @throws IOException the file cannot be read, or its extension is not one of
     *     {@link #fileExtensions()}; the message is one line naming the file and what to do
     */
    void read(Path file, Lines lines) throws IOException;

    /**
     * Reads {@code file} as {@link #read(Path, Lines)} does, saying the bad lines' reasons and the
     * exception's message in {@code language} (Dutch for "nl", English otherwise). This default,
     * for providers that speak one language, ignores {@code language}.
     *
     * @since 1.4
     */
    default void read(Path file, Lines lines, Locale language) throws IOException {
        read(file, lines);
    }
}
