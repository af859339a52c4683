package webcare.source.file;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads a mention file one line (CSV: one record) at a time, never the whole file. Not thread-safe.
 * Closing it closes the stream it reads.
 */
interface MentionReader extends Closeable {

    /**
     * The next line that holds something, good or bad; null at the end. Blank lines are skipped.
     *
     * @throws IOException when the file cannot be read (not for bad content: that is a
     *     {@link ParsedLine.Bad})
     */
    ParsedLine next() throws IOException;
}
